#include "applicantpanel.h"
#include "repositories/applicantrepository.h"
#include "services/applicantservice.h"
#include "testdatabase.h"
#include "urlcatcher.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimer>
#include <QUrl>

class TestApplicantPanel : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    ApplicantService::Registered m_zoe;
    ApplicantService::Registered m_ana;

    ApplicantService::Registered add(const QString &first, const QString &email,
                                     const QString &phone)
    {
        ApplicantService::NewApplication input;
        input.applicant.firstName = first;
        input.applicant.lastName = "Test";
        input.applicant.email = email;
        input.applicant.phone = phone;
        input.trackCode = "SWE";
        auto r = ApplicantService(m_db->connectionName(), m_db->actor()).registerApplication(input);
        if (!r)
            QTest::qFail(qPrintable(r.error().text()), __FILE__, __LINE__);
        return r ? r.value() : ApplicantService::Registered{};
    }

    // Answers the next message box with `button`, once it is open.
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, qApp, [button] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(button)->click();
        });
    }

    template <typename T> T *child(QWidget &panel, const char *name)
    {
        return panel.findChild<T *>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->addTrack("SWE");
        m_zoe = add("Zoë", "zoe@example.org", "+49 30 1234567");
        m_ana = add("Ana", "ana@example.org", "+351 21 7654321");
    }

    void cleanup() { m_db.reset(); }

    void showsTheApplicantAndHistory()
    {
        ApplicantPanel panel(m_db->connectionName());
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        QCOMPARE(child<QLineEdit>(panel, "firstName")->text(), QStringLiteral("Zoë"));
        QCOMPARE(child<QLineEdit>(panel, "email")->text(), QStringLiteral("zoe@example.org"));
        // The person's whole story, in time order.
        const auto *history = child<QListWidget>(panel, "history");
        QCOMPARE(history->count(), 3);
        QVERIFY2(history->item(0)->text().startsWith("Applicant created"),
                 qPrintable(history->item(0)->text()));
        QVERIFY2(history->item(1)->text().startsWith(
                     QStringLiteral("Application %1 created").arg(m_zoe.applicationId)),
                 qPrintable(history->item(1)->text()));
        QVERIFY2(history->item(2)->text().startsWith(
                     QStringLiteral("Application %1: Applied").arg(m_zoe.applicationId)),
                 qPrintable(history->item(2)->text()));
        QVERIFY(child<QLabel>(panel, "applicationSummary")->text().contains("Applied"));
        QVERIFY(!panel.hasUnsavedEdits());
    }

    void validatesAsYouTypeAndSaves()
    {
        ApplicantPanel panel(m_db->connectionName());
        panel.show();
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        auto *email = child<QLineEdit>(panel, "email");
        auto *save = child<QPushButton>(panel, "save");
        // The message sits under its field, which says it to a screen reader too.
        auto *problem = child<QLabel>(panel, "emailProblem");
        auto *saveState = child<QLabel>(panel, "saveState");
        auto *emailLabel = child<QLabel>(panel, "emailLabel");
        QVERIFY(problem->isHidden());
        QVERIFY(saveState->text().isEmpty());
        email->selectAll();
        QTest::keyClicks(email, "zoe.example.org");
        QVERIFY(panel.hasUnsavedEdits());
        QVERIFY2(problem->text().contains("not an email address"), qPrintable(problem->text()));
        QVERIFY(!problem->isHidden());
        QCOMPARE(email->accessibleDescription(), problem->text());
        QVERIFY(!email->toolTip().isEmpty());
        QVERIFY(!save->isEnabled());
        // The edited field is marked, and beside Save it says what is not saved.
        QVERIFY(emailLabel->font().bold());
        QVERIFY(!child<QLabel>(panel, "phoneLabel")->font().bold());
        QCOMPARE(saveState->text(), ApplicantPanel::tr("Not saved yet: %1.").arg("Email"));

        QTest::keyClick(email, Qt::Key_End);
        email->selectAll();
        QTest::keyClicks(email, "zoe.new@example.org");
        QVERIFY(problem->isHidden());
        QVERIFY(email->accessibleDescription().isEmpty());
        QVERIFY(!save->isEnabled()); // nobody acting yet
        panel.setActor(Actor{m_db->addStaff("officer"), "officer"}, StaffRole::Officer);
        QVERIFY(save->isEnabled());
        QSignalSpy saved(&panel, &ApplicantPanel::saved);
        save->click();
        QCOMPARE(saved.count(), 1);
        QVERIFY(!panel.hasUnsavedEdits());
        // Said once saved: what, and when.
        QVERIFY(!emailLabel->font().bold());
        QVERIFY2(saveState->text().startsWith("Saved at ") &&
                     saveState->text().endsWith(": Email."),
                 qPrintable(saveState->text()));
        QCOMPARE(ApplicantRepository(m_db->connectionName()).find(m_zoe.applicantId).value()->email,
                 QStringLiteral("zoe.new@example.org"));
        // The History tells who changed the field, from what to what.
        const auto *history = child<QListWidget>(panel, "history");
        const QString last = history->item(history->count() - 1)->text();
        QVERIFY2(last.startsWith("Email changed: zoe@example.org → zoe.new@example.org\n"),
                 qPrintable(last));
        QVERIFY2(last.contains(" · officer"), qPrintable(last));
    }

    // Junk pasted into a field frames that field, says why and cannot be saved.
    void refusesJunk()
    {
        ApplicantPanel panel(m_db->connectionName());
        panel.show();
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        panel.setActor(Actor{m_db->addStaff("officer"), "officer"}, StaffRole::Officer);
        auto *save = child<QPushButton>(panel, "save");
        for (const char *name : {"firstName", "lastName", "country", "source"}) {
            auto *edit = child<QLineEdit>(panel, name);
            auto *problem = child<QLabel>(panel, (QByteArray(name) + "Problem").constData());
            const QString before = edit->text();
            edit->selectAll();
            edit->insert(QStringLiteral("x\x1b[2J")); // as pasted: an edit, unlike setText()
            QVERIFY2(problem->text().contains("control character U+001B"),
                     qPrintable(problem->text()));
            QVERIFY2(!problem->isHidden(), name);
            QVERIFY(!save->isEnabled());
            edit->selectAll();
            edit->insert(before);
        }
        auto *last = child<QLineEdit>(panel, "lastName");
        auto *problems = child<QLabel>(panel, "lastNameProblem");
        last->selectAll();
        last->insert(QStringLiteral("Mül") + QChar(0x202e) + QStringLiteral("ler"));
        QVERIFY2(problems->text().contains("bidirectional"), qPrintable(problems->text()));
        QVERIFY(!save->isEnabled());
        last->selectAll();
        last->insert(QString(101, QLatin1Char('x')));
        QVERIFY2(problems->text().contains("101 characters"), qPrintable(problems->text()));
        QVERIFY(!save->isEnabled());
    }

    void revertRestoresTheStoredValues()
    {
        ApplicantPanel panel(m_db->connectionName());
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        auto *notes = child<QPlainTextEdit>(panel, "notes");
        notes->setPlainText("Prefers evening calls");
        QVERIFY(panel.hasUnsavedEdits());
        child<QPushButton>(panel, "revert")->click();
        QVERIFY(!panel.hasUnsavedEdits());
        QCOMPARE(notes->toPlainText(), QString());
    }

    void warnsBeforeLeavingUnsavedEdits()
    {
        ApplicantPanel panel(m_db->connectionName());
        panel.show();
        panel.setActor(Actor{m_db->addStaff("officer"), "officer"}, StaffRole::Officer);
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        child<QLineEdit>(panel, "country")->setText("Germany");
        QVERIFY(panel.hasUnsavedEdits());

        answerNextMessageBox(QMessageBox::Cancel);
        QVERIFY(!panel.showApplication(m_ana.applicationId)); // stays, edits kept
        QCOMPARE(panel.applicationId(), m_zoe.applicationId);
        QCOMPARE(child<QLineEdit>(panel, "country")->text(), QStringLiteral("Germany"));

        answerNextMessageBox(QMessageBox::Save);
        QVERIFY(panel.showApplication(m_ana.applicationId));
        QCOMPARE(
            ApplicantRepository(m_db->connectionName()).find(m_zoe.applicantId).value()->country,
            QStringLiteral("Germany"));
        QCOMPARE(child<QLineEdit>(panel, "firstName")->text(), QStringLiteral("Ana"));

        child<QLineEdit>(panel, "country")->setText("Portugal");
        answerNextMessageBox(QMessageBox::Discard);
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        QCOMPARE(
            ApplicantRepository(m_db->connectionName()).find(m_ana.applicantId).value()->country,
            QString());
    }

    void addsActivities()
    {
        ApplicantPanel panel(m_db->connectionName());
        panel.show();
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        auto *add = child<QPushButton>(panel, "addActivity");
        QVERIFY(!add->isEnabled());
        panel.setActor(Actor{m_db->addStaff("officer"), "officer"}, StaffRole::Officer);
        QVERIFY(add->isEnabled());
        auto *kind = child<QComboBox>(panel, "activityKind");
        auto *score = child<QSpinBox>(panel, "rubricScore");
        QVERIFY(!score->isEnabled());
        kind->setCurrentIndex(kind->findData(int(Activity::Kind::Interview)));
        QVERIFY(score->isEnabled());
        score->setValue(72);
        QTest::keyClicks(child<QLineEdit>(panel, "activitySummary"), "Solid pair programming");
        QTest::keyClick(child<QLineEdit>(panel, "activitySummary"), Qt::Key_Return);
        auto *list = child<QListWidget>(panel, "activities");
        QCOMPARE(list->count(), 1);
        QVERIFY2(list->item(0)->text().contains("72") &&
                     list->item(0)->text().contains("Solid pair programming"),
                 qPrintable(list->item(0)->text()));
        QVERIFY(child<QLineEdit>(panel, "activitySummary")->text().isEmpty());
        QCOMPARE(m_db->scalar("SELECT rubric_score FROM activities").toInt(), 72);
    }

    void emailAndWebAddressesOpen()
    {
        UrlCatcher catcher({"mailto", "https"});
        ApplicantPanel panel(m_db->connectionName());
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        child<QLineEdit>(panel, "githubUrl")->setText("https://github.com/zoe");
        child<QLineEdit>(panel, "email")->actions().first()->trigger();
        child<QLineEdit>(panel, "githubUrl")->actions().first()->trigger();
        QCOMPARE(catcher.opened,
                 (QList<QUrl>{QUrl("mailto:zoe@example.org"), QUrl("https://github.com/zoe")}));
    }

    void warnsAboutDuplicates()
    {
        ApplicantPanel panel(m_db->connectionName());
        panel.show();
        QVERIFY(panel.showApplication(m_ana.applicationId));
        auto *phone = child<QLineEdit>(panel, "phone");
        phone->setText("+49 (30) 123-4567");
        Q_EMIT phone->editingFinished();
        const QString warning = child<QLabel>(panel, "duplicates")->text();
        QVERIFY2(warning.contains(QString::number(m_zoe.applicantId)), qPrintable(warning));
    }
};

QTEST_MAIN(TestApplicantPanel)
#include "tst_applicantpanel.moc"
