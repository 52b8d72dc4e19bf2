// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "demonotice.h"

#include "store/settingsstore.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace rca {

bool isDemoSource(Database *db)
{
    return db && SettingsStore(db).stringValue(QLatin1String(SettingKey::SourceKind)) == u"demo";
}

DemoNotice::DemoNotice(Database *db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("demoNotice"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(size, size));
    icon->setAlignment(Qt::AlignTop);
    m_text = new QLabel(tr("Demo: RC Archiver archives made-up recordings and messages, not "
                           "RingCentral's. To archive your own, disconnect the demo on the "
                           "Accounts tab and connect RingCentral."),
                        this);
    m_text->setObjectName(QStringLiteral("demoNoticeText"));
    m_text->setWordWrap(true);
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    setAccessibleName(m_text->text());
    refresh();
}

QString DemoNotice::text() const
{
    return m_text->text();
}

void DemoNotice::refresh()
{
    setVisible(isDemoSource(m_db));
}

} // namespace rca
