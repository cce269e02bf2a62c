#include "applicantpanel.h"
#include "interviewdialog.h"
#include "offerstosenddialog.h"
#include "repositories/applicantrepository.h"
#include "services/applicantservice.h"
#include "services/interviewservice.h"
#include "services/paymentservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "upcominginterviewsdialog.h"
#include "urlcatcher.h"
#include "widgets/clocktime.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
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

    // An active student in the money-back window: the header counts the days left and says
    // what a refund today comes to; the Payments tab lists the ledger. A request then shows
    // the refund it comes to.
    void showsTheRefundClockAndTheLedger()
    {
        const QString conn = m_db->connectionName();
        const qint64 track = m_db->scalar("SELECT id FROM tracks").toLongLong();
        const QDate start = QDate::currentDate().addDays(-3);
        const qint64 cohort = m_db->addCohort(track, "SWE now", 10, start);
        m_db->scalar("UPDATE applications SET cohort_id = ?, status = 'active' WHERE id = ?",
                     {cohort, m_zoe.applicationId});
        const Actor officer = m_db->actor();
        PaymentService money(conn, officer);
        QVERIFY(money.setFees({cohort, "USD", 1200000, 100000}).ok());
        PaymentService::Entry paid;
        paid.kind = Payment::Kind::Deposit;
        paid.amountCents = 400000;
        QVERIFY(money.record(m_zoe.applicationId, paid).ok());

        ApplicantPanel panel(conn);
        panel.setActor(officer, StaffRole::Officer);
        panel.show();
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        auto *clock = child<QLabel>(panel, "refundClock");
        QVERIFY(clock->isVisible());
        QVERIFY2(clock->text().contains("days left: 11") && clock->text().contains("100%") &&
                     clock->text().contains(Money{400000, "USD"}.display()),
                 qPrintable(clock->text()));
        auto *ledger = child<QTreeWidget>(panel, "ledger");
        QCOMPARE(ledger->topLevelItemCount(), 1);
        QCOMPARE(ledger->topLevelItem(0)->text(1), Payment::displayName(Payment::Kind::Deposit));
        QVERIFY2(child<QLabel>(panel, "paymentSummary")
                     ->text()
                     .contains(Money{800000, "USD"}.display() + " due"),
                 qPrintable(child<QLabel>(panel, "paymentSummary")->text()));
        QVERIFY(!child<QPushButton>(panel, "recordPayment")->isHidden()); // on its tab
        QVERIFY(child<QPushButton>(panel, "waiveDeposit")->isHidden());

        QVERIFY(StatusService(conn, officer)
                    .changeStatus(m_zoe.applicationId, ApplicationStatus::RefundRequested)
                    .ok());
        panel.refresh();
        QVERIFY2(clock->text().startsWith("Refund requested") && clock->text().contains("100%"),
                 qPrintable(clock->text()));

        // Another application, not yet a student: no clock; an administrator may waive.
        QVERIFY(panel.showApplication(m_ana.applicationId));
        QVERIFY(!clock->isVisible());
        panel.setActor(m_db->actor(StaffRole::Administrator), StaffRole::Administrator);
        QVERIFY(!child<QPushButton>(panel, "waiveDeposit")->isHidden());
        // Its cohort has no price: nothing can be recorded yet, and the button says why.
        QVERIFY(!child<QPushButton>(panel, "recordPayment")->isEnabled());
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

    // The score field says its scale, is saved through core with its audit record, and only a
    // role that may change statuses changes it.
    void entersTheScore()
    {
        ApplicantPanel panel(m_db->connectionName());
        panel.show();
        panel.setActor(m_db->actor(StaffRole::Officer), StaffRole::Officer);
        auto *label = child<QLabel>(panel, "scoreLabel");
        auto *score = child<QSpinBox>(panel, "score");
        auto *set = child<QPushButton>(panel, "setScore");
        QVERIFY(label && score && set);
        // With no application shown there is nothing to score or interview.
        for (QWidget *row : std::initializer_list<QWidget *>{
                 label, score, set, child<QPushButton>(panel, "scheduleInterview"),
                 child<QLabel>(panel, "upcomingInterview")})
            QVERIFY2(row->isHidden(), qPrintable(row->objectName()));
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        QVERIFY(!label->isHidden() && !score->isHidden());
        QCOMPARE(label->buddy(), score);
        QVERIFY2(label->text().contains("0–100"), qPrintable(label->text()));
        QCOMPARE(score->maximum(), 100);
        QCOMPARE(score->value(), score->minimum()); // none yet
        QVERIFY(set->isVisible() && set->isEnabled());
        score->setValue(64);
        QTest::mouseClick(set, Qt::LeftButton);
        QCOMPARE(m_db->scalar("SELECT score FROM applications WHERE id = ?", {m_zoe.applicationId})
                     .toInt(),
                 64);
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE action = 'update' AND "
                              "field = 'score' AND entity_id = ?",
                              {m_zoe.applicationId})
                     .toInt(),
                 1);
        // Another application shows its own score, and back.
        QVERIFY(panel.showApplication(m_ana.applicationId));
        QCOMPARE(score->value(), score->minimum());
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        QCOMPARE(score->value(), 64);

        panel.setActor(m_db->actor(StaffRole::ReadOnly), StaffRole::ReadOnly);
        QVERIFY(score->isReadOnly());
        QVERIFY(!set->isVisible());
        QVERIFY(!child<QPushButton>(panel, "scheduleInterview")->isVisible());
    }

    // Schedule Interview… asks for a date, a local time, a length and an interviewer; the
    // header shows the interview to come in the locale, and the application moved on.
    void schedulesAnInterview()
    {
        const qint64 linus = m_db->addStaff("linus");
        m_db->scalar("UPDATE staff_users SET display_name = 'Linus T.' WHERE id = ?", {linus});
        ApplicantPanel panel(m_db->connectionName());
        panel.show();
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        auto *upcoming = child<QLabel>(panel, "upcomingInterview");
        QCOMPARE(upcoming->text(), QString("No interview scheduled."));
        auto *schedule = child<QPushButton>(panel, "scheduleInterview");
        QVERIFY(!schedule->isEnabled()); // nobody signed in
        panel.setActor(m_db->actor(StaffRole::Officer), StaffRole::Officer);
        QVERIFY(schedule->isEnabled());
        QVERIFY(!child<QPushButton>(panel, "cancelInterview")->isVisible());

        const QDateTime when(QDate::currentDate().addDays(2), QTime(14, 30));
        bool filled = false;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<InterviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QDateTimeEdit *>("startsAt")->setDateTime(when);
            dialog->findChild<QSpinBox *>("minutes")->setValue(30);
            auto *interviewer = dialog->findChild<QComboBox *>("interviewer");
            interviewer->setCurrentIndex(interviewer->findData(linus));
            filled = true;
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(schedule, Qt::LeftButton);
        QVERIFY(filled);

        QCOMPARE(m_db->scalar("SELECT count(*) FROM interviews WHERE state = 'scheduled'").toInt(),
                 1);
        QCOMPARE(m_db->scalar("SELECT starts_at FROM interviews").toString(),
                 when.toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        QCOMPARE(m_db->scalar("SELECT interviewer_id FROM interviews").toLongLong(), linus);
        QCOMPARE(m_db->scalar("SELECT status FROM applications WHERE id = ?", {m_zoe.applicationId})
                     .toString(),
                 QString("interview_scheduled"));
        const QString text = upcoming->text();
        QVERIFY2(text.contains(QLocale().toString(when.date(), QLocale::LongFormat)) &&
                     text.contains(ClockTime::toString(when.time())) && text.contains("Linus T.") &&
                     text.contains("30 min"),
                 qPrintable(text));
        QVERIFY(panel.scheduledInterview().has_value());
        QCOMPARE(schedule->text(), QString("Move Interview…"));
        QVERIFY(child<QPushButton>(panel, "cancelInterview")->isVisible());
    }

    // Move Interview… changes the scheduled one; Cancel Interview asks, then cancels it.
    void movesAndCancelsAnInterview()
    {
        const Actor officer = m_db->actor(StaffRole::Officer);
        InterviewService::Plan plan;
        plan.startsAt = QDateTime::currentDateTimeUtc().addDays(1);
        plan.interviewerId = officer.userId;
        QVERIFY(InterviewService(m_db->connectionName(), officer)
                    .schedule(m_zoe.applicationId, plan)
                    .ok());
        ApplicantPanel panel(m_db->connectionName());
        panel.show();
        panel.setActor(officer, StaffRole::Officer);
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        auto *move = child<QPushButton>(panel, "scheduleInterview");
        QCOMPARE(move->text(), QString("Move Interview…"));

        const QDateTime later(QDate::currentDate().addDays(4), QTime(9, 15));
        bool moved = false;
        QTimer::singleShot(0, qApp, [&] {
            auto *dialog = qobject_cast<InterviewDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->findChild<QDateTimeEdit *>("startsAt")->setDateTime(later);
            moved = true;
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QTest::mouseClick(move, Qt::LeftButton);
        QVERIFY(moved);
        QCOMPARE(m_db->scalar("SELECT starts_at FROM interviews").toString(),
                 later.toUTC().toString("yyyy-MM-ddTHH:mm:ss.zzzZ"));
        QVERIFY2(child<QLabel>(panel, "upcomingInterview")
                     ->text()
                     .contains(ClockTime::toString(later.time())),
                 qPrintable(child<QLabel>(panel, "upcomingInterview")->text()));

        auto *cancel = child<QPushButton>(panel, "cancelInterview");
        QVERIFY(cancel->isVisible());
        answerNextMessageBox(QMessageBox::Yes);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(m_db->scalar("SELECT state FROM interviews").toString(), QString("cancelled"));
        QCOMPARE(child<QLabel>(panel, "upcomingInterview")->text(),
                 QString("No interview scheduled."));
        QVERIFY(!cancel->isVisible());
        QCOMPARE(move->text(), QString("Schedule Interview…"));
    }

    // An interview activity has a date (today unless changed) and a rubric that says its
    // scale; logged for an application with a scheduled interview, it holds that interview.
    void anInterviewActivityHoldsTheScheduledInterview()
    {
        const Actor officer = m_db->actor(StaffRole::Officer);
        InterviewService::Plan plan;
        plan.startsAt = QDateTime::currentDateTimeUtc().addDays(1);
        plan.interviewerId = officer.userId;
        QVERIFY(InterviewService(m_db->connectionName(), officer)
                    .schedule(m_zoe.applicationId, plan)
                    .ok());
        ApplicantPanel panel(m_db->connectionName());
        panel.show();
        panel.setActor(officer, StaffRole::Officer);
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        QVERIFY(panel.scheduledInterview().has_value());

        auto *kind = child<QComboBox>(panel, "activityKind");
        kind->setCurrentIndex(kind->findData(int(Activity::Kind::Interview)));
        auto *date = child<QDateEdit>(panel, "activityDate");
        QCOMPARE(date->date(), QDate::currentDate());
        QCOMPARE(child<QLabel>(panel, "activityDateLabel")->text(), QString("Held on"));
        QCOMPARE(child<QLabel>(panel, "activityDateLabel")->buddy(), date);
        auto *rubric = child<QSpinBox>(panel, "rubricScore");
        QVERIFY2(rubric->text().contains("0–100"), qPrintable(rubric->text()));
        rubric->setValue(80);
        QVERIFY2(rubric->text().contains("80 of 100"), qPrintable(rubric->text()));
        const QDate yesterday = QDate::currentDate().addDays(-1);
        date->setDate(yesterday);
        child<QTabWidget>(panel, "sections")->setCurrentIndex(1); // Activities
        QTest::keyClicks(child<QLineEdit>(panel, "activitySummary"), "Clear on trade-offs");
        QTest::mouseClick(child<QPushButton>(panel, "addActivity"), Qt::LeftButton);

        QCOMPARE(m_db->scalar("SELECT rubric_score FROM activities").toInt(), 80);
        QCOMPARE(QDateTime::fromString(m_db->scalar("SELECT at FROM activities").toString(),
                                       Qt::ISODateWithMs)
                     .toLocalTime()
                     .date(),
                 yesterday);
        QCOMPARE(m_db->scalar("SELECT state FROM interviews").toString(), QString("held"));
        QCOMPARE(m_db->scalar("SELECT status FROM applications WHERE id = ?", {m_zoe.applicationId})
                     .toString(),
                 QString("interviewed"));
        QVERIFY(!panel.scheduledInterview().has_value());
        QCOMPARE(child<QLabel>(panel, "upcomingInterview")->text(),
                 QString("No interview scheduled."));
        QCOMPARE(date->date(), QDate::currentDate());
    }

    // Application → Upcoming Interviews…: every interview to come across the desk, in local
    // time, the earliest first, of one interviewer when chosen; a row shows its application.
    // The desk offers the seat at qualification; the panel says so, with the hold, until someone
    // records the offer sent; the work list holds the signed-in officer's offers and those of
    // nobody's applications, or everyone's, and records one sent.
    void sendsTheDesksOffers()
    {
        const QString conn = m_db->connectionName();
        const qint64 track = m_db->scalar("SELECT id FROM tracks").toLongLong();
        const qint64 cohort =
            m_db->addCohort(track, "SWE later", 10, QDate::currentDate().addMonths(2));
        const Actor officer = m_db->actor();
        const qint64 linus = m_db->addStaff("linus");
        m_db->scalar("UPDATE applications SET cohort_id = ?, status = 'interviewed'", {cohort});
        m_db->scalar("UPDATE applications SET owner_id = ? WHERE id = ?",
                     {linus, m_ana.applicationId});
        for (const qint64 id : {m_zoe.applicationId, m_ana.applicationId})
            QVERIFY(StatusService(conn, officer).changeStatus(id, ApplicationStatus::Qualified).ok());

        ApplicantPanel panel(conn);
        panel.setActor(officer, StaffRole::Officer);
        panel.show();
        QVERIFY(panel.showApplication(m_zoe.applicationId));
        auto *notice = child<QLabel>(panel, "offerNotice");
        auto *markSent = child<QPushButton>(panel, "markOfferSent");
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().startsWith("Offered by the desk") &&
                     notice->text().contains("held until") &&
                     notice->text().contains("Not sent to the applicant yet"),
                 qPrintable(notice->text()));
        QVERIFY(markSent->isVisible());

        OffersToSendDialog dialog(conn, officer);
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>("offersToSend");
        QCOMPARE(table->rowCount(), 1); // Ana's application is Linus's
        QCOMPARE(table->item(0, 1)->text(), QString("Zoë Test"));
        dialog.findChild<QCheckBox *>("everyone")->setChecked(true);
        QCOMPARE(table->rowCount(), 2);
        table->selectRow(table->item(0, 1)->text() == "Zoë Test" ? 0 : 1);
        dialog.findChild<QPushButton *>("markSent")->click();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QString("Ana Test"));

        panel.refresh();
        QVERIFY2(notice->text().contains("Sent ") && !notice->text().contains("Not sent"),
                 qPrintable(notice->text()));
        QVERIFY(!markSent->isVisible());

        // Ana's offer, for a read-only user: the notice, and nothing to press.
        panel.setActor(m_db->actor(StaffRole::ReadOnly), StaffRole::ReadOnly);
        QVERIFY(panel.showApplication(m_ana.applicationId));
        QVERIFY(notice->text().contains("Not sent to the applicant yet"));
        QVERIFY(!markSent->isVisible());
        QCOMPARE(m_db->scalar("SELECT count(*) FROM offer_notices").toInt(), 1);
    }

    void listsUpcomingInterviewsAcrossTheDesk()
    {
        const Actor officer = m_db->actor(StaffRole::Officer);
        const qint64 linus = m_db->addStaff("linus");
        InterviewService service(m_db->connectionName(), officer);
        InterviewService::Plan later;
        later.startsAt = QDateTime::currentDateTimeUtc().addDays(5);
        later.interviewerId = officer.userId;
        QVERIFY(service.schedule(m_zoe.applicationId, later).ok());
        InterviewService::Plan sooner = later;
        sooner.startsAt = QDateTime::currentDateTimeUtc().addDays(1);
        sooner.interviewerId = linus;
        QVERIFY(service.schedule(m_ana.applicationId, sooner).ok());

        UpcomingInterviewsDialog dialog(m_db->connectionName());
        dialog.show();
        auto *table = dialog.findChild<QTableWidget *>("upcomingInterviews");
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 3)->text(), QString("Ana Test"));
        QCOMPARE(table->item(0, 5)->text(), QString("linus"));
        QCOMPARE(table->item(0, 0)->text(),
                 QLocale().toString(sooner.startsAt.toLocalTime().date(), QLocale::ShortFormat));
        QCOMPARE(table->item(0, 1)->text(),
                 ClockTime::toString(sooner.startsAt.toLocalTime().time()));
        QCOMPARE(table->item(1, 3)->text(), QString("Zoë Test"));

        auto *filter = dialog.findChild<QComboBox *>("interviewerFilter");
        filter->setCurrentIndex(filter->findData(linus));
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 4)->text(), QString::number(m_ana.applicationId));

        QSignalSpy wanted(&dialog, &UpcomingInterviewsDialog::applicationWanted);
        Q_EMIT table->cellActivated(0, 0);
        QCOMPARE(wanted.size(), 1);
        QCOMPARE(wanted.first().first().toLongLong(), m_ana.applicationId);
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
