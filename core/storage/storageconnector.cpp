// SPDX-FileCopyrightText: 2026 The RC Archiver authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storageconnector.h"

#include <QCoreApplication>

namespace rca {

QString archiveRootPath()
{
    return QStringLiteral("Apps/RingCentral Application");
}

void StorageConnectorFactory::setMetaData(const QJsonObject &metaData)
{
    m_id = metaData.value(u"id").toString();
    m_displayName = metaData.value(u"displayName").toString(m_id);
    m_order = metaData.value(u"order").toInt(1000);
}

Error StorageConnector::testSetUp(const QVariantMap &options)
{
    Q_UNUSED(options);
    return Error::storage(QCoreApplication::translate("rca::StorageConnector",
                                                      "This storage offers no connection test."));
}

} // namespace rca
