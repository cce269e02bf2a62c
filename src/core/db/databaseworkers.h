#pragma once

class QThreadPool;

// The threads that read and write the database away from a window's thread: exports, imports,
// checks, reports, the applications list's far pages. Not QThreadPool::globalInstance(): Qt's
// raster painting splits large fills over the global pool's threads and waits for them, so
// seconds of SQL there freeze every window. Owned by the application object, whose end waits
// for the work still running.
QThreadPool *databaseWorkers();
