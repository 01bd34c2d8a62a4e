#pragma once

#include <QtGlobal>
#include <QThread>

namespace pv {

// How many threads render one document's pages (release rasters, capture measures colour):
// one per core, at most four, as each holds a page or two in memory.
inline int renderersPerDocument()
{
    return qBound(1, QThread::idealThreadCount(), 4);
}

} // namespace pv
