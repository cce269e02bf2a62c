#include "backgroundjob.h"

#include "db/databaseworkers.h"

#include <QApplication>
#include <QEvent>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace {
// QProgressDialog counts in int; files and tables can be larger.
constexpr int Steps = 1000;
} // namespace

BackgroundJob::BackgroundJob(const QString &label, QWidget *window)
    : QObject(window), m_window(window->window()),
      m_dialog(new QProgressDialog(label, tr("Cancel"), 0, 0, window))
{
    m_dialog->setObjectName(QStringLiteral("jobProgress"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(ShowAfterMs);
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    m_dialog->setMinimumWidth(m_dialog->fontMetrics().averageCharWidth() * 50);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        m_dialog->setLabelText(tr("Cancelling…"));
    });
    connect(this, &BackgroundJob::progressed, this, &BackgroundJob::showProgress);
}

BackgroundJob::BackgroundJob(QWidget *page) : QObject(page), m_window(page->window()) {}

BackgroundJob::~BackgroundJob()
{
    m_cancelled = true;
    m_watcher.waitForFinished();
    endBusy();
}

void BackgroundJob::endBusy()
{
    if (!m_busy)
        return;
    m_busy = false;
    qApp->removeEventFilter(this);
    QApplication::restoreOverrideCursor();
}

bool BackgroundJob::eventFilter(QObject *watched, QEvent *event)
{
    // The window must not take other commands while the work runs: before its dialog shows,
    // nothing else stops them. Input to the dialog and to other windows goes through.
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::Wheel:
    case QEvent::ContextMenu: {
        const auto *widget = qobject_cast<QWidget *>(watched);
        if (!widget || widget->window() != m_window)
            return false;
        event->accept(); // an accepted ShortcutOverride also keeps the window's shortcuts off
        return true;
    }
    default:
        return false;
    }
}

BackgroundJob::Progress BackgroundJob::progress()
{
    return [this](qint64 done, qint64 total) {
        if (m_cancelled)
            return false;
        m_done = done;
        m_total = total;
        if (!m_progressPending.exchange(true))
            Q_EMIT progressed();
        return true;
    };
}

void BackgroundJob::run(std::function<void()> work, std::function<void()> finished)
{
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this, finished] {
        endBusy();
        if (m_dialog) {
            m_dialog->hide();
            m_dialog->deleteLater();
        }
        finished();
        deleteLater();
    });
    if (!m_dialog) {
        m_watcher.setFuture(QtConcurrent::run(databaseWorkers(), std::move(work)));
        return;
    }
    m_busy = true;
    qApp->installEventFilter(this);
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_watcher.setFuture(QtConcurrent::run(databaseWorkers(), std::move(work)));
    m_dialog->setValue(0); // starts the dialog's clock to ShowAfterMs
}

void BackgroundJob::showProgress()
{
    m_progressPending = false;
    const qint64 done = m_done;
    const qint64 total = m_total;
    if (m_cancelled || !m_dialog)
        return;
    if (total <= 0) {
        m_dialog->setRange(0, 0); // busy: the total is unknown
        return;
    }
    m_dialog->setRange(0, Steps);
    m_dialog->setValue(int(qBound(qint64(0), done * Steps / total, qint64(Steps))));
}
