#include "backgroundjob.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <optional>

namespace {
// Counts how often a widget was shown.
class ShowCounter : public QObject
{
public:
    int shown = 0;
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            ++shown;
        return false;
    }
};

// A window as the jobs' callers have: a field to type in and a command with a shortcut.
struct Window
{
    Window()
    {
        auto *layout = new QVBoxLayout(&widget);
        field = new QLineEdit(&widget);
        layout->addWidget(field);
        command = new QAction(QStringLiteral("Export"), &widget);
        command->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
        widget.addAction(command);
        widget.show();
        field->setFocus();
    }
    QWidget widget;
    QLineEdit *field;
    QAction *command;
};
} // namespace

// A job's progress dialog appears only when the work takes a while; the window takes no input
// while the work runs either way.
class TestBackgroundJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quickWorkShowsNoDialog()
    {
        Window window;
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        auto *job = new BackgroundJob(QStringLiteral("Exporting…"), &window.widget);
        ShowCounter counter;
        job->dialog()->installEventFilter(&counter);
        std::optional<int> result;
        job->start([](const BackgroundJob::Progress &) { return 42; },
                   [&result](int value) { result = value; });
        QTRY_COMPARE(result, std::optional<int>(42));
        QCOMPARE(QApplication::overrideCursor(), nullptr);
        QTest::qWait(BackgroundJob::ShowAfterMs + 200); // later than the dialog would show
        QCOMPARE(counter.shown, 0);
        QVERIFY(window.widget.findChildren<QProgressDialog *>().isEmpty());
    }

    void longWorkShowsTheDialogAndHoldsTheWindowsInput()
    {
        Window window;
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        QSignalSpy commands(window.command, &QAction::triggered);
        QTest::keyClick(window.field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(commands.count(), 1); // the shortcut works, so its silence below means something
        QSemaphore held;
        // A failed check must not leave the worker waiting forever.
        const auto releaseOnFailure = qScopeGuard([&held] { held.release(); });
        auto *job = new BackgroundJob(QStringLiteral("Exporting…"), &window.widget);
        QPointer<QProgressDialog> dialog = job->dialog();
        bool done = false;
        job->start(
            [&held](const BackgroundJob::Progress &) {
                held.acquire();
                return 0;
            },
            [&done](int) { done = true; });

        // Before the dialog shows, the window is busy: no typing, no shortcuts.
        QVERIFY(!dialog->isVisible());
        QVERIFY(QApplication::overrideCursor());
        QCOMPARE(QApplication::overrideCursor()->shape(), Qt::BusyCursor);
        QTest::keyClicks(window.field, QStringLiteral("abc"));
        QTest::keyClick(window.field, Qt::Key_E, Qt::ControlModifier);
        QTest::mouseDClick(window.field, Qt::LeftButton);
        QCOMPARE(window.field->text(), QString());
        QCOMPARE(commands.count(), 1);

        // Then the dialog shows, and its Cancel button still works.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), BackgroundJob::ShowAfterMs * 10);
        QTest::mouseClick(dialog->findChild<QPushButton *>(), Qt::LeftButton);
        QVERIFY(job->wasCancelled());
        held.release();
        QTRY_VERIFY(done);
        QTRY_VERIFY(dialog.isNull());

        // The window is itself again.
        QCOMPARE(QApplication::overrideCursor(), nullptr);
        window.widget.activateWindow(); // as the window manager does when a dialog closes
        QVERIFY(QTest::qWaitForWindowActive(&window.widget));
        QTest::keyClicks(window.field, QStringLiteral("abc"));
        QCOMPARE(window.field->text(), QStringLiteral("abc"));
        QTest::keyClick(window.field, Qt::Key_E, Qt::ControlModifier);
        QCOMPARE(commands.count(), 2);
    }
};

QTEST_MAIN(TestBackgroundJob)
#include "tst_backgroundjob.moc"
