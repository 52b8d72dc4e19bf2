#include "storageconnector.h"

namespace rca {

QString archiveRootPath()
{
    return QStringLiteral("Apps/RingCentral Application");
}

} // namespace rca
