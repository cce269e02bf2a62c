#include "applicationspage.h"
#include "browse/applicationtablemodel.h"
#include "mainwindow.h"
#include "services/applicantservice.h"
#include "services/statusservice.h"
#include "showmainwindow.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

using S = ApplicationStatus;

// Edit → Undo takes back the last status move made in the window, in every view, and says why
// when it cannot.
class TestMoveUndo : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QList<qint64> m_applications;

    qint64 apply(const QString &email)
    {
        ApplicantService::NewApplication input;
        input.applicant.firstName = QStringLiteral("Ada");
        input.applicant.lastName = QStringLiteral("Undo");
        input.applicant.email = email;
        input.trackCode = QStringLiteral("SWE");
        const auto registered =
            ApplicantService(m_db->connectionName(), m_db->actor()).registerApplication(input);
        if (!registered) {
            QTest::qFail(qPrintable(registered.error().text()), __FILE__, __LINE__);
            return 0;
        }
        return registered->applicationId;
    }

    static QAction *moveAction(MainWindow &window, S to)
    {
        for (QAction *action : window.findChild<ApplicationsPage *>()->moveMenu()->actions())
            if (action->text() == Statuses::displayName(to))
                return action;
        return nullptr;
    }

    static QAction *undoAction(MainWindow &window)
    {
        return window.findChild<QAction *>(QStringLiteral("undoMoveAction"));
    }

    static QString statusInRow(MainWindow &window, int row)
    {
        auto *table = window.findChild<QTableView *>(QStringLiteral("applications"));
        return table->model()->index(row, ApplicationTableModel::StatusColumn).data().toString();
    }

    static QString summary(MainWindow &window)
    {
        return window.findChild<QLabel *>(QStringLiteral("applicationSummary"))->text();
    }

    static QString lastHistoryLine(MainWindow &window)
    {
        auto *history = window.findChild<QListWidget *>(QStringLiteral("history"));
        return history->count() ? history->item(history->count() - 1)->text() : QString();
    }

    // Ctrl+Z with the list focused, as a person would press it.
    static void pressUndo(MainWindow &window)
    {
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<QTableView *>(QStringLiteral("applications"))->setFocus();
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->addTrack(QStringLiteral("SWE"));
        m_applications = {apply(QStringLiteral("ada1@example.org"))};
    }

    void cleanup() { m_db.reset(); }

    void undoTakesTheMoveBackInEveryView()
    {
        auto window = signedInWindow(*m_db, m_db->actor());
        QVERIFY(window);
        QAction *undo = undoAction(*window);
        QVERIFY(undo);
        QVERIFY(!undo->isEnabled()); // nothing moved yet

        QAction *screening = moveAction(*window, S::Screening);
        QVERIFY(screening);
        screening->trigger();
        QCOMPARE(statusInRow(*window, 0), Statuses::displayName(S::Screening));
        QCOMPARE(undo->text(), QStringLiteral("&Undo Move to Screening"));
        QVERIFY(undo->isEnabled());

        pressUndo(*window);
        QCOMPARE(statusInRow(*window, 0), Statuses::displayName(S::Applied));
        QVERIFY2(summary(*window).contains(Statuses::displayName(S::Applied)),
                 qPrintable(summary(*window)));
        QVERIFY2(lastHistoryLine(*window).contains(QStringLiteral("Screening → Applied")),
                 qPrintable(lastHistoryLine(*window)));
        // A move of its own, with its cause; the history keeps both.
        auto history =
            StatusService(m_db->connectionName(), m_db->actor()).history(m_applications.first());
        QVERIFY_OK(history);
        QCOMPARE(history.value().size(), 3);
        QVERIFY(history.value().last().cause.startsWith(QStringLiteral("undo of the move to")));
        // Done with: nothing more to undo.
        QVERIFY(!undo->isEnabled());
        QCOMPARE(undo->text(), QStringLiteral("&Undo"));
    }

    void aMoveOfSeveralIsUndoneWhole()
    {
        m_applications << apply(QStringLiteral("ada2@example.org"));
        auto window = signedInWindow(*m_db, m_db->actor());
        QVERIFY(window);
        window->findChild<QTableView *>(QStringLiteral("applications"))->selectAll();
        QTimer::singleShot(0, this, [] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            box->button(QMessageBox::Yes)->click();
        });
        moveAction(*window, S::Screening)->trigger();
        QCOMPARE(statusInRow(*window, 0), Statuses::displayName(S::Screening));
        QCOMPARE(statusInRow(*window, 1), Statuses::displayName(S::Screening));
        QAction *undo = undoAction(*window);
        QCOMPARE(undo->text(), QStringLiteral("&Undo Move of 2 Applications to Screening"));
        QVERIFY(undo->isEnabled());

        pressUndo(*window);
        QCOMPARE(statusInRow(*window, 0), Statuses::displayName(S::Applied));
        QCOMPARE(statusInRow(*window, 1), Statuses::displayName(S::Applied));
        QVERIFY(!undo->isEnabled());
    }

    void aMoveThatCannotBeUndoneSaysWhy()
    {
        // Qualifying gives a place in the queue for good.
        const qint64 id = m_applications.first();
        StatusService service(m_db->connectionName(), m_db->actor());
        for (S to : {S::Screening, S::InterviewScheduled, S::Interviewed})
            QVERIFY_OK(service.changeStatus(id, to));
        auto window = signedInWindow(*m_db, m_db->actor());
        QVERIFY(window);
        moveAction(*window, S::Qualified)->trigger();
        QCOMPARE(statusInRow(*window, 0), Statuses::displayName(S::Qualified));
        QAction *undo = undoAction(*window);
        QVERIFY(!undo->isEnabled());
        QVERIFY2(undo->text().startsWith(QStringLiteral("Undo Move to Qualified: not possible")) &&
                     undo->text().contains(QStringLiteral("place in the queue")),
                 qPrintable(undo->text()));
        QCOMPARE(undo->statusTip(), undo->text());
        pressUndo(*window); // nothing happens
        QCOMPARE(statusInRow(*window, 0), Statuses::displayName(S::Qualified));
    }

    void aMoveMadeElsewhereSinceDisablesTheUndo()
    {
        auto window = signedInWindow(*m_db, m_db->actor());
        QVERIFY(window);
        moveAction(*window, S::Screening)->trigger();
        QAction *undo = undoAction(*window);
        QVERIFY(undo->isEnabled());
        // Another desk moves it on: the undo would revert their change.
        Database elsewhere(QStringLiteral("elsewhere"));
        QVERIFY_OK(elsewhere.open(m_db->path(), Database::Check::Later, Database::Mode::Existing));
        QVERIFY_OK(StatusService(elsewhere.connectionName(), m_db->actor())
                       .changeStatus(m_applications.first(), S::InterviewScheduled));
        QTRY_VERIFY_WITH_TIMEOUT(!undo->isEnabled(), 3000);
        QVERIFY2(undo->text().contains(QStringLiteral("moved since")), qPrintable(undo->text()));
        QTRY_COMPARE(statusInRow(*window, 0), Statuses::displayName(S::InterviewScheduled));
    }
};

QTEST_MAIN(TestMoveUndo)
#include "tst_moveundo.moc"
