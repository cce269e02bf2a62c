#include "mentorspage.h"
#include "services/mentorservice.h"
#include "testdatabase.h"

#include <QLabel>
#include <QLineEdit>
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
        auto *mentors = page.findChild<QTableWidget *>("Mentors");
        auto *suggestions = page.findChild<QTableWidget *>("Suggestions");
        auto *message = page.findChild<QLabel *>("mentorMessage");
        QVERIFY(mentors && suggestions && message);
        QCOMPARE(mentors->rowCount(), 3);
        QCOMPARE(mentors->item(0, 0)->text(), QStringLiteral("Berlin"));
        QCOMPARE(mentors->item(0, 5)->text(), QStringLiteral("0 of 1"));

        page.suggestFor(first);
        QCOMPARE(suggestions->rowCount(), 2); // the CYB mentor is not suggested
        QCOMPARE(suggestions->item(0, 0)->text(), QStringLiteral("Berlin"));
        QCOMPARE(suggestions->item(1, 0)->text(), QStringLiteral("Tokyo"));

        QPushButton *assign = nullptr;
        for (auto *button : page.findChildren<QPushButton *>()) {
            if (button->text().contains("Assign"))
                assign = button;
        }
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
};

QTEST_MAIN(TestMentorsPage)
#include "tst_mentorspage.moc"
