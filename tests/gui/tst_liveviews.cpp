#include "applicationspage.h"
#include "browse/applicationtablemodel.h"
#include "editconflictdialog.h"
#include "mainwindow.h"
#include "services/applicantservice.h"
#include "services/statusservice.h"
#include "showmainwindow.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>

// Every view tells the truth: a change made in the window, or committed by another program to
// the same file, shows in the list, the counts and the applicant panel within about a second,
// without a click; unsaved edits survive it, and a save never undoes another's.
class TestLiveViews : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<Database> m_elsewhere; // another program's connection to the same file
    qint64 m_application = 0;
    qint64 m_applicant = 0;

    // Changes the applicant through the other connection, as another desk would.
    Status changeElsewhere(const std::function<void(Applicant &)> &change)
    {
        ApplicantService other(m_elsewhere->connectionName(), m_db->actor());
        const auto read = other.applicant(m_applicant);
        if (!read || !read.value())
            return Error{QStringLiteral("cannot read the applicant"), {}};
        Applicant applicant = *read.value();
        change(applicant);
        return other.updateApplicant(applicant);
    }

    static QString lastHistoryLine(MainWindow &w)
    {
        auto *history = w.findChild<QListWidget *>(QStringLiteral("history"));
        return history->count() ? history->item(history->count() - 1)->text() : QString();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QSettings().clear();
        QTest::failOnWarning(QRegularExpression(QStringLiteral("removeDatabase|does not belong")));
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->addTrack(QStringLiteral("SWE"));
        ApplicantService::NewApplication input;
        input.applicant.firstName = QStringLiteral("Zoë");
        input.applicant.lastName = QStringLiteral("Live");
        input.applicant.email = QStringLiteral("zoe.live@example.org");
        input.applicant.phone = QStringLiteral("+49 30 1111111");
        input.trackCode = QStringLiteral("SWE");
        const auto registered =
            ApplicantService(m_db->connectionName(), m_db->actor()).registerApplication(input);
        QVERIFY_OK(registered);
        m_application = registered->applicationId;
        m_applicant = registered->applicantId;
        m_elsewhere = std::make_unique<Database>(QStringLiteral("elsewhere"));
        QVERIFY_OK(
            m_elsewhere->open(m_db->path(), Database::Check::Later, Database::Mode::Existing));
    }

    void cleanup()
    {
        m_elsewhere.reset();
        m_db.reset();
    }

    void aMoveInTheWindowShowsInThePanel()
    {
        auto shown = signedInWindow(*m_db, m_db->actor());
        QVERIFY(shown);
        auto *summary = shown->findChild<QLabel *>(QStringLiteral("applicationSummary"));
        QTRY_VERIFY(summary->text().contains(QStringLiteral("Applied")));
        QAction *screening = nullptr;
        for (QAction *action : shown->findChild<ApplicationsPage *>()->moveMenu()->actions())
            if (action->text() == Statuses::displayName(ApplicationStatus::Screening))
                screening = action;
        QVERIFY(screening);
        screening->trigger();
        // At once, not after a poll: the window made the change.
        QVERIFY2(summary->text().contains(Statuses::displayName(ApplicationStatus::Screening)),
                 qPrintable(summary->text()));
        QVERIFY2(lastHistoryLine(*shown).contains(QStringLiteral("→ Screening")),
                 qPrintable(lastHistoryLine(*shown)));
    }

    void anotherProgramsChangesShowWithoutAClick()
    {
        auto shown = signedInWindow(*m_db, m_db->actor());
        QVERIFY(shown);
        auto *phone = shown->findChild<QLineEdit *>(QStringLiteral("phone"));
        auto *summary = shown->findChild<QLabel *>(QStringLiteral("applicationSummary"));
        QTRY_COMPARE(phone->text(), QStringLiteral("+49 30 1111111"));

        QVERIFY_OK(
            changeElsewhere([](Applicant &a) { a.phone = QStringLiteral("+49 30 2222222"); }));
        QVERIFY_OK(StatusService(m_elsewhere->connectionName(), m_db->actor())
                       .changeStatus(m_application, ApplicationStatus::Screening));
        QTRY_COMPARE_WITH_TIMEOUT(phone->text(), QStringLiteral("+49 30 2222222"), 3000);
        QTRY_VERIFY_WITH_TIMEOUT(
            summary->text().contains(Statuses::displayName(ApplicationStatus::Screening)), 3000);
        QVERIFY(lastHistoryLine(*shown).contains(QStringLiteral("→ Screening")));
        auto *table = shown->findChild<QTableView *>(QStringLiteral("applications"));
        QTRY_COMPARE(
            table->model()->index(0, ApplicationTableModel::StatusColumn).data().toString(),
            Statuses::displayName(ApplicationStatus::Screening));
        QVERIFY(table->currentIndex().isValid()); // the selection stays
    }

    // Whatever the person did in the list before (every row selected, keys typed into it).
    void changesShowAfterWorkInTheList()
    {
        ApplicantService::NewApplication other;
        other.applicant.firstName = QStringLiteral("Ana");
        other.applicant.lastName = QStringLiteral("Live");
        other.applicant.email = QStringLiteral("ana.live@example.org");
        other.trackCode = QStringLiteral("SWE");
        QVERIFY_OK(
            ApplicantService(m_db->connectionName(), m_db->actor()).registerApplication(other));
        auto shown = signedInWindow(*m_db, m_db->actor());
        QVERIFY(shown);
        auto *country = shown->findChild<QLineEdit *>(QStringLiteral("country"));
        auto *table = shown->findChild<QTableView *>(QStringLiteral("applications"));
        QTRY_COMPARE(country->text(), QString());
        table->setFocus();
        QTest::keyClick(table, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(table, QStringLiteral("+44 768"));
        QVERIFY_OK(changeElsewhere([](Applicant &a) { a.country = QStringLiteral("Portugal"); }));
        QTRY_COMPARE_WITH_TIMEOUT(country->text(), QStringLiteral("Portugal"), 3000);
        // Another process.
        QProcess::execute(
            QStringLiteral("sqlite3"),
            {m_db->path(), QStringLiteral("UPDATE applicants SET country = 'Italy'")});
        QTRY_COMPARE_WITH_TIMEOUT(country->text(), QStringLiteral("Italy"), 3000);
        // And the next change, and the one after.
        QVERIFY_OK(changeElsewhere([](Applicant &a) { a.country = QStringLiteral("Spain"); }));
        QTRY_COMPARE_WITH_TIMEOUT(country->text(), QStringLiteral("Spain"), 3000);
        QVERIFY_OK(changeElsewhere([](Applicant &a) { a.country = QStringLiteral("France"); }));
        QTRY_COMPARE_WITH_TIMEOUT(country->text(), QStringLiteral("France"), 3000);
    }

    void editsSurviveAndASaveNeverUndoesAnother()
    {
        auto shown = signedInWindow(*m_db, m_db->actor());
        QVERIFY(shown);
        auto *phone = shown->findChild<QLineEdit *>(QStringLiteral("phone"));
        auto *notes = shown->findChild<QPlainTextEdit *>(QStringLiteral("notes"));
        auto *country = shown->findChild<QLineEdit *>(QStringLiteral("country"));
        auto *save = shown->findChild<QPushButton *>(QStringLiteral("save"));
        QTRY_COMPARE(phone->text(), QStringLiteral("+49 30 1111111"));

        // The person edits the notes and the phone; elsewhere, the country and the phone change.
        QTest::keyClicks(notes, QStringLiteral("Call after 5"));
        phone->selectAll();
        QTest::keyClicks(phone, QStringLiteral("+49 30 3333333"));
        QVERIFY(save->isEnabled());
        QVERIFY_OK(changeElsewhere([](Applicant &a) {
            a.country = QStringLiteral("Germany");
            a.phone = QStringLiteral("+49 30 4444444");
        }));
        QTRY_COMPARE_WITH_TIMEOUT(country->text(), QStringLiteral("Germany"), 3000);
        // Their edits are still there, unsaved.
        QCOMPARE(notes->toPlainText(), QStringLiteral("Call after 5"));
        QCOMPARE(phone->text(), QStringLiteral("+49 30 3333333"));
        QVERIFY(save->isEnabled());

        // Save asks about the phone, both changed; they keep the one saved elsewhere.
        bool asked = false;
        QTimer::singleShot(0, [&asked] {
            QTRY_VERIFY(qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget()));
            auto *dialog = qobject_cast<EditConflictDialog *>(QApplication::activeModalWidget());
            auto *elsewhere = dialog->findChild<QRadioButton *>(QStringLiteral("phoneElsewhere"));
            QVERIFY(elsewhere);
            QVERIFY(elsewhere->text().contains(QStringLiteral("+49 30 4444444")));
            QVERIFY(!dialog->findChild<QRadioButton *>(QStringLiteral("notesElsewhere")));
            elsewhere->setChecked(true);
            asked = true;
            dialog->accept();
        });
        save->click();
        QVERIFY(asked);
        const auto stored =
            ApplicantService(m_db->connectionName(), m_db->actor()).applicant(m_applicant);
        QVERIFY_OK(stored);
        QCOMPARE(stored.value()->phone, QStringLiteral("+49 30 4444444"));
        QCOMPARE(stored.value()->country, QStringLiteral("Germany"));
        QCOMPARE(stored.value()->notes, QStringLiteral("Call after 5"));
        QVERIFY(!save->isEnabled());
        QCOMPARE(phone->text(), QStringLiteral("+49 30 4444444"));
    }
};

QTEST_MAIN(TestLiveViews)
#include "tst_liveviews.moc"
