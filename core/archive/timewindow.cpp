#include "timewindow.h"

namespace rca {

QString TimeWindow::toString() const
{
    return from.toString(Qt::ISODate) + QStringLiteral(" – ") + to.toString(Qt::ISODate);
}

} // namespace rca
