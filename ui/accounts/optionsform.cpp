#include "optionsform.h"

#include <QFormLayout>
#include <QLineEdit>

namespace rca {

OptionsForm::OptionsForm(const QList<QPair<QString, QString>> &options, QWidget *parent)
    : QWidget(parent)
    , m_layout(new QFormLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[name, description] : options) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("option_") + name);
        edit->setPlaceholderText(description);
        edit->setToolTip(description);
        edit->setAccessibleName(name);
        edit->setAccessibleDescription(description);
        edit->setClearButtonEnabled(true);
        m_layout->addRow(name + u':', edit);
        m_fields.append({name, edit});
    }
}

QVariantMap OptionsForm::values() const
{
    QVariantMap values;
    for (const auto &[name, edit] : m_fields) {
        const QString text = edit->text().trimmed();
        if (!text.isEmpty())
            values.insert(name, text);
    }
    return values;
}

void OptionsForm::clear()
{
    for (const auto &field : m_fields)
        field.second->clear();
}

QLineEdit *OptionsForm::field(const QString &name) const
{
    for (const auto &[fieldName, edit] : m_fields) {
        if (fieldName == name)
            return edit;
    }
    return nullptr;
}

} // namespace rca
