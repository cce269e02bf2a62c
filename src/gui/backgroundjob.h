#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QProgressDialog;
class QWidget;

// One long piece of work (an export, an import) on a worker thread, under a window-modal
// progress dialog with Cancel. The dialog appears only once the work has taken ShowAfterMs, so
// that a small file does not flash one up; until then the window ignores the keyboard and the
// mouse and shows a busy cursor. The work gets a progress callback to call on the worker thread:
// it feeds the dialog through a queued signal and returns false once Cancel was pressed. The
// work must not touch widgets or the window's database connection; it opens a Database of its
// own under Database::uniqueConnectionName(). The job deletes itself once the work is done;
// deleted earlier (its window closes), it cancels the work and waits for it.
//
// Work a page shows as busy itself (a report: the filters changed meanwhile ask for the next
// one) runs without the dialog and leaves the window its input: the second constructor.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    static constexpr int ShowAfterMs = 400;

    BackgroundJob(const QString &label, QWidget *window);
    // Without the dialog and the busy window; dialog() is null.
    explicit BackgroundJob(QWidget *page);
    ~BackgroundJob() override;

    // Runs work(progress) on a worker thread, then done(its result) on the window's thread.
    template <typename Work, typename Done> void start(Work work, Done done)
    {
        using Value = std::invoke_result_t<Work &, const Progress &>;
        auto result = std::make_shared<std::optional<Value>>();
        run([work = std::move(work), result,
             progress = progress()]() mutable { result->emplace(work(progress)); },
            [result, done = std::move(done)]() mutable { done(std::move(**result)); });
    }

    // Whether the person pressed Cancel.
    bool wasCancelled() const { return m_cancelled; }
    QProgressDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // Emitted on the worker thread, so delivered queued to the dialog; at most one is waiting
    // at a time (QProgressDialog::setValue() of a modal dialog runs the event loop).
    void progressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    Progress progress();
    void run(std::function<void()> work, std::function<void()> finished);
    void showProgress();
    // The window takes input again, with its usual cursor.
    void endBusy();

    QWidget *m_window; // whose input waits for the work
    QProgressDialog *m_dialog = nullptr; // none for a page's own work
    std::atomic_bool m_cancelled = false;
    // The latest progress from the worker, and whether the dialog has yet to show it.
    std::atomic<qint64> m_done = 0;
    std::atomic<qint64> m_total = 0;
    std::atomic_bool m_progressPending = false;
    QFutureWatcher<void> m_watcher;
    bool m_busy = false; // the work runs: input to the window is held back
};
