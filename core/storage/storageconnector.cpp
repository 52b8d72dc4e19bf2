#include "storageconnector.h"

#include <QJsonArray>

namespace rca {

QString archiveRootPath()
{
    return QStringLiteral("Apps/RingCentral Application");
}

void StorageConnectorFactory::setMetaData(const QJsonObject &metaData)
{
    m_id = metaData.value(u"id").toString();
    m_displayName = metaData.value(u"displayName").toString(m_id);
    m_options.clear();
    const QJsonArray settings = metaData.value(u"settings").toArray();
    for (const QJsonValue &setting : settings) {
        m_options.append({setting[u"name"].toString(), setting[u"description"].toString()});
    }
}

} // namespace rca
