// OptionsForm: an "Advanced" form of text fields for a connector's or RingCentral's optional
// settings (an app key of your own, another server), built from their names and one-line
// descriptions. Empty fields are left out, so the built-in defaults apply. GUI thread.
#pragma once

#include <QVariantMap>
#include <QWidget>

class QFormLayout;
class QLineEdit;

namespace rca {

class OptionsForm : public QWidget
{
    Q_OBJECT
public:
    // options: name -> description; the description is the field's tooltip and placeholder.
    explicit OptionsForm(const QList<QPair<QString, QString>> &options, QWidget *parent = nullptr);

    QVariantMap values() const;
    void clear();
    // The field for option name (objectName "option_<name>"), for tests.
    QLineEdit *field(const QString &name) const;

private:
    QFormLayout *m_layout;
    QList<QPair<QString, QLineEdit *>> m_fields;
};

} // namespace rca
