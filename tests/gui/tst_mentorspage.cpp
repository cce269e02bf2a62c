#include "mentorspage.h"
#include "modalwindows.h"
#include "services/mentorcallservice.h"
#include "services/mentorservice.h"
#include "setup/mentordialog.h"
#include "testdatabase.h"
#include "widgets/emptylistnote.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QSpinBox>
#include <QTimer>

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

class TestMentorsPage : public QObject
{
    Q_OBJECT

    static qint64 mentor(TestDatabase &db, const QString &name, const QString &zone, int max,
                         qint64 track)
    {
        Mentor m;
        m.name = name;
        m.email = name.toLower() + "@mentors.example.org";
        m.timeZone = zone;
        m.maxActiveMentees = max;
        m.weeklySlots = 2 * max;
        m.trackIds = {track};
        return MentorService(db.connectionName(), db.actor()).create(m).value();
    }

    static qint64 student(TestDatabase &db, qint64 track, const QString &zone, int n)
    {
        ApplicantRow applicant;
        applicant.firstName = "S";
        applicant.lastName = QString::number(n);
        applicant.email = QString("student%1@example.org").arg(n);
        applicant.timeZone = zone;
        return db.addApplication(ApplicationRow(db.addApplicant(applicant), track, "enrolled"));
    }

private Q_SLOTS:
    void showsLoadsAndAssignsTheSuggestedMentor()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 swe = db.addTrack("SWE");
        const qint64 cyb = db.addTrack("CYB");
        const qint64 berlin = mentor(db, "Berlin", "Europe/Berlin", 1, swe);
        mentor(db, "Tokyo", "Asia/Tokyo", 3, swe);
        mentor(db, "Cyber", "Europe/Paris", 3, cyb);
        const qint64 first = student(db, swe, "Europe/Madrid", 1);
        const qint64 second = student(db, swe, "Europe/Madrid", 2);

        MentorsPage page(db.connectionName());
        QVERIFY(page.refresh().ok());
        auto *mentors = page.findChild<QTableWidget *>("mentors");
        auto *suggestions = page.findChild<QTableWidget *>("suggestions");
        auto *message = page.findChild<QLabel *>("mentorMessage");
        QVERIFY(mentors && suggestions && message);
        QCOMPARE(mentors->rowCount(), 3);
        QCOMPARE(mentors->item(0, 0)->text(), QStringLiteral("Berlin"));
        QCOMPARE(mentors->item(0, 5)->text(), QStringLiteral("0 of 1"));

        page.suggestFor(first);
        QCOMPARE(suggestions->rowCount(), 2); // the CYB mentor is not suggested
        QCOMPARE(suggestions->item(0, 0)->text(), QStringLiteral("Berlin"));
        QCOMPARE(suggestions->item(1, 0)->text(), QStringLiteral("Tokyo"));

        QPushButton *assign =
            ModalWindows::button(&page, MentorsPage::tr("Assign the selected ment&or"));
        QVERIFY(assign);
        QVERIFY(!assign->isEnabled()); // nobody acting yet
        page.setActor(Actor{db.addStaff("coordinator"), "coordinator"}, StaffRole::Officer);
        QVERIFY(assign->isEnabled());
        QSignalSpy assigned(&page, &MentorsPage::assigned);
        assign->click();
        QCOMPARE(assigned.count(), 1);
        QCOMPARE(assigned.first().at(1).toLongLong(), berlin);
        QVERIFY2(message->text().contains("Berlin"), qPrintable(message->text()));
        QCOMPARE(mentors->item(0, 5)->text(), QStringLiteral("1 of 1"));
        QCOMPARE(db.scalar("SELECT mentor_id FROM mentor_assignments WHERE application_id = ? "
                           "AND state = 'active'",
                           {first})
                     .toLongLong(),
                 berlin);

        // Berlin is full now: the next student is offered Tokyo only.
        page.suggestFor(second);
        QCOMPARE(suggestions->rowCount(), 1);
        QCOMPARE(suggestions->item(0, 0)->text(), QStringLiteral("Tokyo"));

        // Not a student: the reason is shown, nothing is listed.
        page.findChild<QLineEdit *>("studentApplication")->setText("9999");
        page.suggestFor(9999);
        QCOMPARE(suggestions->rowCount(), 0);
        QVERIFY(message->text().contains("9999"));
    }

    // Calls (4 wk) and Behind: a mentor confirmed three weeks ago who held one weekly call.
    void showsCallsHeldAndWhoIsBehind()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 swe = db.addTrack("SWE");
        const qint64 grace = mentor(db, "Grace", "Europe/London", 2, swe);
        ApplicantRow applicant;
        applicant.firstName = "Kept";
        applicant.lastName = "Behind";
        applicant.email = "kept@example.org";
        const qint64 id =
            db.addApplication(ApplicationRow(db.addApplicant(applicant), swe, "active"));
        const FixedClock then(QDateTime::currentDateTimeUtc().addDays(-21));
        QVERIFY(MentorService(db.connectionName(), db.actor(), then).assign(id, grace).ok());
        QVERIFY(MentorCallService(db.connectionName(), db.actor(), then).logCall(id));

        MentorsPage page(db.connectionName());
        QVERIFY(page.refresh().ok());
        auto *mentors = page.findChild<QTableWidget *>("mentors");
        QCOMPARE(mentors->item(0, 5)->text(), QStringLiteral("1 of 2"));
        QCOMPARE(mentors->item(0, 6)->text(), QStringLiteral("1 of 3"));
        QCOMPARE(mentors->item(0, 7)->text(), MentorsPage::tr("behind (students: %1)").arg(1));
        QVERIFY2(mentors->item(0, 7)->toolTip().contains("Kept Behind"),
                 qPrintable(mentors->item(0, 7)->toolTip()));
    }

    void mentorsAreEditedAndDeactivatedOnThePage()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        MentorsPage page(db.connectionName());
        QVERIFY(page.refresh().ok());
        auto *mentors = page.findChild<QTableWidget *>("mentors");
        auto *note = mentors->findChild<EmptyListNote *>();
        QVERIFY(note && !note->isHidden()); // says why the list is empty
        QVERIFY(note->text().contains(MentorsPage::tr("New Mentor…")));

        const qint64 swe = db.addTrack("SWE");
        mentor(db, "Berlin", "Europe/Berlin", 2, swe);
        QVERIFY(page.refresh().ok());
        QVERIFY(note->isHidden());
        QPushButton *edit = ModalWindows::button(&page, MentorsPage::tr("Ed&it Mentor…"));
        QPushButton *deactivate = ModalWindows::button(&page, MentorsPage::tr("Deactivate"));
        QVERIFY(edit && deactivate);
        QVERIFY(!edit->isEnabled()); // nobody acting yet
        page.setActor(db.actor(), StaffRole::Officer);
        mentors->setCurrentCell(0, 0);
        QVERIFY(edit->isEnabled());

        // The dialog starts from the stored mentor; a new capacity is saved and shown.
        QTimer::singleShot(0, [] {
            auto *dialog = qobject_cast<MentorDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->findChild<QLineEdit *>("email")->text(),
                     QStringLiteral("berlin@mentors.example.org"));
            dialog->findChild<QSpinBox *>("max_active_mentees")->setValue(5);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save)->click();
            if (dialog->isVisible())
                dialog->reject();
        });
        edit->click();
        // Weekly slots (4) cap the mentees below the new maximum.
        QCOMPARE(mentors->item(0, 5)->text(), QStringLiteral("0 of 4"));
        QCOMPARE(db.scalar("SELECT max_active_mentees FROM mentors").toInt(), 5);

        // Deactivated: kept, marked, and no longer suggested; then active again.
        deactivate->click();
        QCOMPARE(mentors->item(0, 0)->text(), MentorsPage::tr("%1 (inactive)").arg("Berlin"));
        QCOMPARE(db.scalar("SELECT active FROM mentors").toInt(), 0);
        QCOMPARE(deactivate->text(), MentorsPage::tr("Activate"));
        page.suggestFor(student(db, swe, "Europe/Madrid", 1));
        QCOMPARE(page.findChild<QTableWidget *>("suggestions")->rowCount(), 0);
        deactivate->click();
        QCOMPARE(db.scalar("SELECT active FROM mentors").toInt(), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM audit_events WHERE entity = 'mentor' AND "
                           "action = 'update' AND field IN ('max_active_mentees', 'active')")
                     .toInt(),
                 3);

        // A read-only role sees the mentors and no way to change them.
        page.setActor(db.actor(StaffRole::ReadOnly), StaffRole::ReadOnly);
        QVERIFY(edit->isHidden() && deactivate->isHidden());
    }

    void aNewMentorIsSavedOnlyWhenValid()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        db.addTrack("SWE");
        db.addTrack("DATA");
        MentorDialog dialog(db.connectionName(), db.actor());
        QPushButton *save = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        QVERIFY(!save->isEnabled());
        dialog.findChild<QLineEdit *>("name")->setText("Ada");
        dialog.findChild<QLineEdit *>("email")->setText("not an address");
        auto *problems = dialog.findChild<QLabel *>("problems");
        auto *emailProblem = dialog.findChild<QLabel *>("emailProblem");
        QVERIFY2(emailProblem->text().contains("not an email address"),
                 qPrintable(emailProblem->text()));
        dialog.findChild<QLineEdit *>("email")->setText("ada@example.org");
        QVERIFY(!save->isEnabled()); // no track ticked yet
        QVERIFY2(problems->text().contains("at least one track"), qPrintable(problems->text()));
        auto *tracks = dialog.findChild<QListWidget *>("tracks");
        QCOMPARE(tracks->count(), 2);
        tracks->item(1)->setCheckState(Qt::Checked);
        QVERIFY(save->isEnabled());
        save->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(db.scalar("SELECT t.code FROM mentor_tracks mt JOIN tracks t ON t.id = "
                           "mt.track_id WHERE mt.mentor_id = ?",
                           {dialog.mentorId()})
                     .toString(),
                 QStringLiteral("SWE")); // tracks are listed by name: Data first
    }
};

QTEST_MAIN(TestMentorsPage)
#include "tst_mentorspage.moc"
