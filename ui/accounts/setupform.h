// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

// SetUpForm: the form for any storage connector (and RingCentral's server settings), built from
// a SetUpDescription: one labelled field per option in the stated order, each of its kind (a
// folder or file with a chooser, a port, a password that is never echoed, a choice, a number,
// a checkbox), tooltips from the descriptions, fields that apply only to some choices shown only
// then, and the advanced ones collapsed under "Advanced". Empty fields are left out of values(),
// so the connector's defaults apply. Widgets are named <name><Key> ("sftpKeyFile") for tests
// and for accessibility tools. GUI thread.
#pragma once

#include "storage/setupdescription.h"

#include <QVariantMap>
#include <QWidget>

#include <functional>

class QLabel;
class QToolButton;

namespace rca {

class SetUpForm : public QWidget
{
    Q_OBJECT
public:
    SetUpForm(const QString &name, const SetUpDescription &description, QWidget *parent = nullptr);

    // The options for setUp: what was entered, the choices made, numbers other than the
    // default; only fields that apply.
    QVariantMap values() const;
    // Every required field that applies is filled.
    bool isComplete() const;
    void clearSecrets();
    // The editor of an option (QLineEdit, QSpinBox, QComboBox or QCheckBox), or null.
    QWidget *field(const QString &key) const;
    // Replaces the folder dialog (tests).
    void setFolderChooser(std::function<QString()> chooser);

Q_SIGNALS:
    void changed();

private:
    struct Row
    {
        SetUpField field;
        QLabel *label = nullptr;
        QWidget *row = nullptr;    // what the form layout holds: the editor, or it and a button
        QWidget *editor = nullptr; // holds the value
    };
    QWidget *makeEditor(const SetUpField &field, QWidget *parent, QWidget **row);
    QVariant rawValue(const Row &row) const;
    void updateVisibility();

    QString m_name;
    QList<SetUpField> m_fields;
    QList<Row> m_rows;
    std::function<QString()> m_chooseFolder;
};

} // namespace rca
