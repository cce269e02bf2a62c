#include "mentoring.h"
#include "mentortab.h"
#include "modalwindows.h"
#include "repositories/mentorrepository.h"
#include "services/applicationservice.h"
#include "services/mentorservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

// The panel's Mentor tab, offscreen on a real file: the mentor proposed at enrolment with
// Confirm Mentor, and Log Mentor Call… with its dialog (the current mentor preselected).
class TestMentorTab : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    qint64 m_grace = 0;
    qint64 m_alan = 0;
    qint64 m_student = 0;

    Application application(qint64 id)
    {
        return *ApplicationService(m_db->connectionName(), Actor::desk()).application(id).value();
    }

    qint64 mentor(const QString &name, const QString &zone, qint64 track)
    {
        return addMentor(m_db->connectionName(), m_db->actor(), Clock::system(),
                         MentorPlan{name, zone, 2, 2, {track}})
            .value();
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        const qint64 swe = m_db->addTrack("SWE");
        m_db->addCohort(swe, "SWE-1", 10);
        m_grace = mentor("Grace", "Europe/London", swe);
        m_alan = mentor("Alan", "Asia/Tokyo", swe);
        auto id = addStudent(m_db->connectionName(), m_db->actor(), Clock::system(), 1, {});
        QVERIFY_OK(id);
        m_student = id.value();
    }

    void cleanup() { m_db.reset(); }

    void confirmsTheProposedMentor()
    {
        MentorTab tab(m_db->connectionName());
        tab.setActor(m_db->actor(), StaffRole::Officer);
        tab.showApplication(application(m_student));
        auto *summary = tab.findChild<QLabel *>("mentorSummary");
        QVERIFY2(summary->text().contains(QString("proposed: %1 (Grace)").arg(m_grace)),
                 qPrintable(summary->text()));
        QPushButton *confirm = ModalWindows::button(&tab, MentorTab::tr("Con&firm Mentor"));
        QVERIFY(confirm && !confirm->isHidden());

        QSignalSpy changed(&tab, &MentorTab::changed);
        confirm->click();
        QCOMPARE(changed.count(), 1);
        QVERIFY(confirm->isHidden());
        QVERIFY2(summary->text().contains(QString("%1 (Grace), since").arg(m_grace)),
                 qPrintable(summary->text()));
        QCOMPARE(m_db->scalar("SELECT state FROM mentor_assignments WHERE application_id = ?",
                              {m_student})
                     .toString(),
                 QString("active"));

        // A read-only role sees the mentor and no button.
        tab.setActor(m_db->actor(StaffRole::ReadOnly), StaffRole::ReadOnly);
        QVERIFY(confirm->isHidden());
        QVERIFY(ModalWindows::button(&tab, MentorTab::tr("Lo&g Mentor Call…"))->isHidden());
    }

    void logsAMentorCall()
    {
        MentorTab tab(m_db->connectionName());
        tab.setActor(m_db->actor(), StaffRole::Officer);
        tab.showApplication(application(m_student));
        QPushButton *log = ModalWindows::button(&tab, MentorTab::tr("Lo&g Mentor Call…"));
        QVERIFY(log && !log->isHidden());

        bool preselected = false;
        QTimer::singleShot(0, this, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            auto *mentor = dialog->findChild<QComboBox *>("mentor");
            preselected = mentor->currentData().toLongLong() == m_grace;
            // A day to come is refused by core: the dialog stays open and says why.
            dialog->findChild<QDateEdit *>("day")->setMaximumDate(QDate(2100, 1, 1));
            dialog->findChild<QDateEdit *>("day")->setDate(QDate::currentDate().addDays(3));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->findChild<QLabel *>("problem")->text().contains("after today"));
            dialog->findChild<QDateEdit *>("day")->setDate(QDate::currentDate().addDays(-1));
            dialog->findChild<QLineEdit *>("note")->setText("first portfolio review");
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            if (dialog->isVisible())
                dialog->reject();
        });
        QSignalSpy changed(&tab, &MentorTab::changed);
        log->click();
        QVERIFY(preselected);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(m_db->scalar("SELECT mentor_id || ' ' || summary FROM activities WHERE kind = "
                              "'mentor_call' AND application_id = ?",
                              {m_student})
                     .toString(),
                 QString("%1 first portfolio review").arg(m_grace));
        auto *calls = tab.findChild<QTreeWidget *>("mentorCalls");
        QCOMPARE(calls->topLevelItemCount(), 1);
        QCOMPARE(calls->topLevelItem(0)->text(1), QString("Grace"));
        QCOMPARE(calls->topLevelItem(0)->text(2), QString("first portfolio review"));
    }
};

QTEST_MAIN(TestMentorTab)
#include "tst_mentortab.moc"
