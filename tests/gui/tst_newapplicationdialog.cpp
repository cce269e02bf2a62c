#include "newapplicationdialog.h"
#include "services/applicantservice.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

class TestNewApplicationDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Pasted junk is refused as it is typed, in every field, by the rules every path shares.
    void junkCannotBeRegistered()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        db.addTrack("SWE");
        NewApplicationDialog dialog(db.connectionName(), Actor{db.addStaff("officer"), "officer"});
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog.findChild<QLineEdit *>("first_name")->setText(QStringLiteral("Zoë"));
        dialog.findChild<QLineEdit *>("last_name")->setText(QStringLiteral("Müller"));
        dialog.findChild<QLineEdit *>("email")->setText(QStringLiteral("zoe@example.org"));
        QVERIFY(ok->isEnabled());
        const struct
        {
            const char *field;
            QString value;
            const char *problem;
        } junk[] = {
            {"first_name", QStringLiteral("Zoë\x1b[2J"), "First name contains the control"},
            {"last_name", QStringLiteral("Mül") + QChar(0x202e) + QStringLiteral("ler"),
             "Last name contains the bidirectional"},
            {"last_name", QString(101, QLatin1Char('x')), "Last name has 101 characters"},
            {"country", QStringLiteral("DE") + QChar(0), "Country contains the control"},
            {"source", QStringLiteral("web\x1b]0;x\x07"), "Source contains the control"},
        };
        for (const auto &j : junk) {
            auto *edit = dialog.findChild<QLineEdit *>(QLatin1String(j.field));
            // The problem shows under its field, and the field says it to a screen reader.
            auto *message = dialog.findChild<QLabel *>(QLatin1String(j.field) + "Problem");
            QVERIFY2(message && message->isHidden(), j.field);
            const QString before = edit->text();
            edit->setText(j.value);
            QVERIFY2(message->text().contains(QLatin1String(j.problem)),
                     qPrintable(message->text()));
            QVERIFY(!message->isHidden());
            QCOMPARE(edit->accessibleDescription(), message->text());
            QVERIFY2(!ok->isEnabled(), j.field);
            edit->setText(before);
            QVERIFY2(ok->isEnabled(), qPrintable(message->text()));
            QVERIFY(message->isHidden());
            QVERIFY(edit->accessibleDescription().isEmpty());
        }
    }

    void registersAndKeepsInputOnRefusal()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 swe = db.addTrack("SWE");
        db.addCohort(swe, "SWE 2027-03", 20);
        const Actor officer{db.addStaff("officer"), "officer"};

        NewApplicationDialog dialog(db.connectionName(), officer);
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        auto *problems = dialog.findChild<QLabel *>("problems");
        QVERIFY(!ok->isEnabled());
        QVERIFY(problems->text().isEmpty()); // an empty form is no list of errors
        // QTest types ASCII only.
        dialog.findChild<QLineEdit *>("first_name")->setText(QStringLiteral("Zoë"));
        dialog.findChild<QLineEdit *>("last_name")->setText(QStringLiteral("Müller"));
        QTest::keyClicks(dialog.findChild<QLineEdit *>("email"), "zoe@example");
        QVERIFY(
            dialog.findChild<QLabel *>("emailProblem")->text().contains("not an email address"));
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(dialog.findChild<QLineEdit *>("email"), ".org");
        QVERIFY(ok->isEnabled());
        auto *cohort = dialog.findChild<QComboBox *>("cohort");
        QCOMPARE(cohort->count(), 2); // "Not yet" and the open cohort
        cohort->setCurrentIndex(1);
        ok->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.applicationId() > 0);
        QCOMPARE(db.scalar("SELECT c.name FROM applications a JOIN cohorts c ON c.id = a.cohort_id "
                           "WHERE a.id = ?",
                           {dialog.applicationId()})
                     .toString(),
                 QStringLiteral("SWE 2027-03"));

        // The same person again: refused, the dialog stays open with what was typed.
        NewApplicationDialog again(db.connectionName(), officer);
        again.show();
        QTest::keyClicks(again.findChild<QLineEdit *>("first_name"), "Zoe");
        QTest::keyClicks(again.findChild<QLineEdit *>("last_name"), "Mueller");
        QTest::keyClicks(again.findChild<QLineEdit *>("email"), "ZOE@example.org");
        again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QVERIFY(again.isVisible());
        QCOMPARE(again.applicationId(), 0);
        QVERIFY(again.findChild<QLabel *>("problems")->text().contains("duplicate"));
        QCOMPARE(again.findChild<QLineEdit *>("last_name")->text(), QStringLiteral("Mueller"));
        QCOMPARE(db.scalar("SELECT count(*) FROM applicants").toInt(), 1);

        // The way on: the application goes to the person already known, as stored.
        auto *useKnown = again.findChild<QPushButton *>("useKnownApplicant");
        QVERIFY(useKnown && useKnown->isVisible());
        QVERIFY2(useKnown->text().contains(QStringLiteral("Zoë Müller")),
                 qPrintable(useKnown->text()));
        useKnown->click();
        QVERIFY2(again.windowTitle().contains(QStringLiteral("Zoë Müller")),
                 qPrintable(again.windowTitle()));
        auto *email = again.findChild<QLineEdit *>("email");
        QCOMPARE(email->text(), QStringLiteral("zoe@example.org"));
        QVERIFY(email->isReadOnly());
        QVERIFY(useKnown->isHidden());
        auto *add = again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(add->isEnabled());
        add->click();
        QCOMPARE(again.result(), int(QDialog::Accepted));
        QVERIFY(again.applicationId() > dialog.applicationId());
        QCOMPARE(db.scalar("SELECT count(*) FROM applicants").toInt(), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM applications WHERE applicant_id = "
                           "(SELECT applicant_id FROM applications WHERE id = ?)",
                           {dialog.applicationId()})
                     .toInt(),
                 2);
    }

    // From the panel's person: File → New Application for This Person…
    void aKnownPersonAppliesAgain()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 swe = db.addTrack("SWE");
        db.addTrack("DATA");
        const qint64 ada = db.addApplicant("Ada", "Lovelace", "ada@example.org");
        db.addApplication(ada, swe);
        NewApplicationDialog dialog(db.connectionName(), Actor{db.addStaff("officer"), "officer"});
        const auto known = ApplicantService(db.connectionName(), Actor::desk()).applicant(ada);
        QVERIFY(known && known.value());
        dialog.setKnownApplicant(*known.value());
        dialog.show();
        QCOMPARE(dialog.findChild<QLineEdit *>("last_name")->text(), QStringLiteral("Lovelace"));
        auto *track = dialog.findChild<QComboBox *>("track");
        track->setCurrentIndex(track->findData(QStringLiteral("DATA")));
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(db.scalar("SELECT group_concat(t.code) FROM applications a JOIN tracks t ON "
                           "t.id = a.track_id WHERE a.applicant_id = ? ORDER BY a.id",
                           {ada})
                     .toString(),
                 QStringLiteral("SWE,DATA"));
    }

    void saysWhenThereIsNoTrack()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        NewApplicationDialog dialog(db.connectionName(), Actor{db.addStaff("o"), "o"});
        QVERIFY(dialog.findChild<QLabel *>("problems")->text().contains("no career track"));
    }
};

QTEST_MAIN(TestNewApplicationDialog)
#include "tst_newapplicationdialog.moc"
