#include "db/databaseworkers.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

QThreadPool *databaseWorkers()
{
    static QThreadPool *const workers = [] {
        auto *pool = new QThreadPool(QCoreApplication::instance());
        // Work of several kinds can run at once (a check, an export, a page); most of it waits
        // on the disk as much as on a core.
        pool->setMaxThreadCount(qMax(4, QThread::idealThreadCount()));
        return pool;
    }();
    return workers;
}
