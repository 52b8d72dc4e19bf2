// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "setupform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace rca {

namespace {

using Kind = SetUpField::Kind;

QString widgetName(const QString &prefix, const QString &key)
{
    return key.isEmpty() ? prefix : prefix + key.left(1).toUpper() + key.mid(1);
}

bool isTextKind(Kind kind)
{
    return kind == Kind::Text || kind == Kind::Host || kind == Kind::User || kind == Kind::Secret ||
           kind == Kind::FolderPath || kind == Kind::FilePath || kind == Kind::Number;
}

} // namespace

SetUpForm::SetUpForm(const QString &name, const SetUpDescription &description, QWidget *parent)
    : QWidget(parent)
    , m_name(name)
    , m_fields(description.fields)
{
    setObjectName(name + QStringLiteral("Form"));
    m_chooseFolder = [this] {
        return QFileDialog::getExistingDirectory(this, tr("Choose the archive folder"));
    };
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *basic = new QFormLayout;
    column->addLayout(basic);

    QWidget *advanced = nullptr;
    QFormLayout *advancedLayout = nullptr;
    for (const SetUpField &field : description.fields) {
        if (field.kind == Kind::Confirmation)
            continue; // answered in a dialog, never typed in
        if (field.advanced && !advanced) {
            auto *toggle = new QToolButton(this);
            toggle->setObjectName(name + QStringLiteral("AdvancedToggle"));
            toggle->setText(tr("Advanced"));
            toggle->setCheckable(true);
            toggle->setAutoRaise(true);
            toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            toggle->setArrowType(Qt::RightArrow);
            advanced = new QWidget(this);
            advanced->setObjectName(name + QStringLiteral("Advanced"));
            advancedLayout = new QFormLayout(advanced);
            advancedLayout->setContentsMargins(0, 0, 0, 0);
            advanced->hide();
            connect(toggle, &QToolButton::toggled, advanced, [advanced, toggle](bool on) {
                advanced->setVisible(on);
                toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
            });
            column->addWidget(toggle, 0, Qt::AlignLeft);
            column->addWidget(advanced);
        }
        QWidget *owner = field.advanced ? advanced : this;
        Row row;
        row.field = field;
        row.editor = makeEditor(field, owner, &row.row);
        row.label = new QLabel(field.label + u':', owner);
        row.label->setBuddy(row.editor);
        row.label->setToolTip(field.description);
        (field.advanced ? advancedLayout : basic)->addRow(row.label, row.row);
        m_rows.append(row);
    }
    connect(this, &SetUpForm::changed, this, &SetUpForm::updateVisibility);
    updateVisibility();
}

QWidget *SetUpForm::makeEditor(const SetUpField &field, QWidget *parent, QWidget **row)
{
    QWidget *editor = nullptr;
    const QString hint =
        field.placeholder.isEmpty() ? field.defaultValue.toString() : field.placeholder;
    if (field.kind == Kind::Port) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(field.defaultValue.isValid() ? 1 : 0, 65535);
        spin->setSpecialValueText(QStringLiteral(" ")); // 0: not given
        spin->setValue(field.defaultValue.toInt());
        connect(spin, &QSpinBox::valueChanged, this, &SetUpForm::changed);
        editor = spin;
    } else if (field.kind == Kind::Choice) {
        auto *combo = new QComboBox(parent);
        for (const SetUpChoice &choice : field.choices)
            combo->addItem(choice.label, choice.value);
        const int current = combo->findData(field.defaultValue.toString());
        combo->setCurrentIndex(current < 0 ? 0 : current);
        connect(combo, &QComboBox::currentIndexChanged, this, &SetUpForm::changed);
        editor = combo;
    } else if (field.kind == Kind::Checkbox) {
        auto *box = new QCheckBox(parent);
        box->setChecked(field.defaultValue.toBool());
        connect(box, &QCheckBox::toggled, this, &SetUpForm::changed);
        editor = box;
    } else {
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(hint);
        if (field.kind == Kind::Secret)
            edit->setEchoMode(QLineEdit::Password);
        if (field.kind == Kind::Number)
            edit->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d*")), edit));
        if (field.advanced)
            edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, &SetUpForm::changed);
        editor = edit;
    }
    editor->setObjectName(widgetName(m_name, field.key));
    editor->setAccessibleName(field.label);
    editor->setAccessibleDescription(field.description);
    editor->setToolTip(field.description);
    *row = editor;
    if (field.kind != Kind::FolderPath && field.kind != Kind::FilePath)
        return editor;

    // A path: typed in, or chosen in a dialog.
    auto *edit = static_cast<QLineEdit *>(editor);
    auto *pathRow = new QWidget(parent);
    auto *layout = new QHBoxLayout(pathRow);
    layout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(pathRow);
    const bool folder = field.kind == Kind::FolderPath;
    auto *browse = new QPushButton(folder ? tr("&Choose…") : tr("&Browse…"), pathRow);
    browse->setObjectName(widgetName(m_name, field.key) + QStringLiteral("Browse"));
    browse->setAccessibleName(tr("Choose: %1").arg(field.label));
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    connect(browse, &QPushButton::clicked, this, [this, edit, folder, field] {
        const QString chosen =
            folder ? m_chooseFolder()
                   : QFileDialog::getOpenFileName(this, tr("Choose: %1").arg(field.label),
                                                  QFileInfo(edit->placeholderText()).path());
        if (!chosen.isEmpty())
            edit->setText(QDir::toNativeSeparators(chosen));
    });
    *row = pathRow;
    return editor;
}

QVariant SetUpForm::rawValue(const Row &row) const
{
    const Kind kind = row.field.kind;
    if (auto *spin = qobject_cast<QSpinBox *>(row.editor)) {
        const int value = spin->value();
        if (value == 0 ||
            (row.field.defaultValue.isValid() && value == row.field.defaultValue.toInt()))
            return {};
        return QString::number(value);
    }
    if (auto *combo = qobject_cast<QComboBox *>(row.editor))
        return combo->currentData().toString();
    if (auto *box = qobject_cast<QCheckBox *>(row.editor))
        return box->isChecked() == row.field.defaultValue.toBool() ? QVariant()
                                                                   : QVariant(box->isChecked());
    auto *edit = qobject_cast<QLineEdit *>(row.editor);
    if (!edit || !isTextKind(kind))
        return {};
    QString text = kind == Kind::Secret ? edit->text() : edit->text().trimmed();
    if (kind == Kind::FolderPath || kind == Kind::FilePath)
        text = QDir::fromNativeSeparators(text);
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariantMap SetUpForm::values() const
{
    QVariantMap all;
    for (const Row &row : m_rows) {
        const QVariant value = rawValue(row);
        if (value.isValid())
            all.insert(row.field.key, value);
    }
    QVariantMap result;
    for (const Row &row : m_rows) {
        if (all.contains(row.field.key) && row.field.appliesTo(all, m_fields))
            result.insert(row.field.key, all.value(row.field.key));
    }
    return result;
}

bool SetUpForm::isComplete() const
{
    const QVariantMap current = values();
    for (const Row &row : m_rows) {
        if (!row.field.required || !row.field.appliesTo(current, m_fields))
            continue;
        const bool given = current.contains(row.field.key) ||
                           (row.field.kind == Kind::Port && row.field.defaultValue.isValid());
        if (!given)
            return false;
    }
    return true;
}

void SetUpForm::clearSecrets()
{
    for (const Row &row : m_rows) {
        if (row.field.kind == Kind::Secret)
            static_cast<QLineEdit *>(row.editor)->clear();
    }
}

QWidget *SetUpForm::field(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field.key == key)
            return row.editor;
    }
    return nullptr;
}

void SetUpForm::setFolderChooser(std::function<QString()> chooser)
{
    m_chooseFolder = std::move(chooser);
}

void SetUpForm::updateVisibility()
{
    QVariantMap current;
    for (const Row &row : m_rows) {
        if (const QVariant value = rawValue(row); value.isValid())
            current.insert(row.field.key, value);
    }
    for (const Row &row : m_rows) {
        const bool applies = row.field.appliesTo(current, m_fields);
        row.label->setVisible(applies);
        row.row->setVisible(applies);
    }
}

} // namespace rca
