#include "audit/auditverifier.h"
#include "domain/paymentaccount.h"
#include "domain/refundquote.h"
#include "services/paymentservice.h"
#include "services/statusservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

using S = ApplicationStatus;

// The money of the bootcamp's promises: amounts, the state a ledger comes to, the refund a
// request comes to on every day of a schedule, the deposit that enrolling asks for, and the
// refund that moving a request to refunded records.
class TestPayments : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    // Day 0 of the cohort below is 2027-03-01.
    FixedClock m_clock{QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC)};
    qint64 m_swe = 0;
    qint64 m_cohort = 0;
    Actor m_officer;
    int m_people = 0;

    QString conn() const { return m_db->connectionName(); }

    qint64 application(const QString &status, const QString &qualifiedAt = {})
    {
        ++m_people;
        ApplicationRow row(
            m_db->addApplicant("Grace", "Hopper", QString("g%1@example.org").arg(m_people)), m_swe,
            status);
        row.cohortId = m_cohort;
        row.qualifiedAt = qualifiedAt;
        return m_db->addApplication(row);
    }

    PaymentService payments(const Actor &actor) { return PaymentService(conn(), actor, m_clock); }

    PaymentService::Entry entry(Payment::Kind kind, qint64 cents)
    {
        PaymentService::Entry e;
        e.kind = kind;
        e.amountCents = cents;
        return e;
    }

    QString column(const QString &name, qint64 applicationId)
    {
        return m_db
            ->scalar(QString("SELECT %1 FROM applications WHERE id = ?").arg(name), {applicationId})
            .toString();
    }

    void verifyTrail()
    {
        const auto report = AuditVerifier(conn()).verify({});
        QVERIFY_OK(report);
        QVERIFY(report->holds());
    }

    // 15,000.00 USD a seat, 1,500.00 to enrol; 14 days' money back, then 80% from day 14, 50%
    // from day 28, nothing from day 56.
    void priceTheCohort()
    {
        CohortFees fees{m_cohort, "USD", 1500000, 150000};
        QVERIFY_OK(payments(m_officer).setFees(fees));
        QVERIFY(m_db->scalar("INSERT INTO refund_schedule VALUES (?, 14, 80), (?, 28, 50), "
                             "(?, 56, 0)",
                             {m_cohort, m_cohort, m_cohort})
                    .isNull());
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_swe = m_db->addTrack("SWE");
        m_cohort = m_db->addCohort(m_swe, "SWE 2027-03", 2, QDate(2027, 3, 1));
        m_officer = m_db->actor(StaffRole::Officer);
        m_clock.set(QDateTime(QDate(2027, 3, 1), QTime(9, 0), Qt::UTC));
        m_people = 0;
    }

    void cleanup() { m_db.reset(); }

    void amountsParseAndPrint_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("cents"); // -1: refused
        QTest::newRow("whole") << "1500" << qint64(150000);
        QTest::newRow("one decimal") << "1500.5" << qint64(150050);
        QTest::newRow("two decimals") << "0.07" << qint64(7);
        QTest::newRow("spaces around") << " 12.30 " << qint64(1230);
        QTest::newRow("three decimals") << "1.005" << qint64(-1);
        QTest::newRow("negative") << "-5" << qint64(-1);
        QTest::newRow("grouping") << "1,500" << qint64(-1);
        QTest::newRow("empty") << "" << qint64(-1);
        QTest::newRow("words") << "ten" << qint64(-1);
    }

    void amountsParseAndPrint()
    {
        QFETCH(QString, text);
        QFETCH(qint64, cents);
        const std::optional<qint64> parsed = Money::parse(text);
        if (cents < 0) {
            QVERIFY(!parsed);
            return;
        }
        QCOMPARE(parsed, std::optional<qint64>(cents));
        QCOMPARE(Money::parse(Money::plain(cents)), parsed); // plain text reads back
    }

    // Every day from three before the start to well past the schedule's last step.
    void refundOnEveryDayOfTheSchedule_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<int>("percent");
        QTest::addColumn<int>("daysLeft");
        QTest::addColumn<qint64>("amount");
        struct Stretch
        {
            int from, to, percent;
        };
        // The window's last day is day 14 (Cohort::refundWindowLastDay), so the step that
        // begins on day 14 is first paid on day 15.
        const Stretch stretches[] = {{-3, 14, 100}, {15, 27, 80}, {28, 55, 50}, {56, 70, 0}};
        for (const Stretch &s : stretches) {
            for (int day = s.from; day <= s.to; ++day) {
                const int left = day <= 14 ? 14 - qMax(day, 0) : 0;
                QTest::addRow("day %d", day)
                    << day << s.percent << left << qint64(400000) * s.percent / 100;
            }
        }
    }

    void refundOnEveryDayOfTheSchedule()
    {
        QFETCH(int, day);
        QFETCH(int, percent);
        QFETCH(int, daysLeft);
        QFETCH(qint64, amount);
        Cohort cohort;
        cohort.startsOn = QDate(2027, 3, 1);
        cohort.refundWindowDays = 14;
        // Out of order on purpose: the step in force is the latest begun, not the last listed.
        const QList<RefundStep> schedule = {{28, 50}, {14, 80}, {56, 0}};
        const RefundQuote quote =
            RefundQuote::on(cohort, schedule, {400000, "USD"}, cohort.startsOn.addDays(day));
        QCOMPARE(quote.percent, percent);
        QCOMPARE(quote.insideWindow, percent == 100);
        QCOMPARE(quote.daysLeftInWindow, daysLeft);
        QCOMPARE(quote.amount.cents, amount);
        QCOMPARE(quote.amount.currency, QString("USD"));
        QCOMPARE(quote.dayOfProgram, day);
    }

    void refundRoundsToTheNearestCent()
    {
        Cohort cohort;
        cohort.startsOn = QDate(2027, 3, 1);
        cohort.refundWindowDays = 0; // the money-back window is the start day alone
        const RefundQuote quote =
            RefundQuote::on(cohort, {{0, 50}}, {33333, "EUR"}, cohort.startsOn.addDays(1));
        QVERIFY(!quote.insideWindow);
        QCOMPARE(quote.amount.cents, qint64(16667)); // 166.665 rounds up
        const RefundQuote none =
            RefundQuote::on(cohort, {}, {33333, "EUR"}, cohort.startsOn.addDays(1));
        QCOMPARE(none.percent, 0); // no schedule: nothing after the window
        QCOMPARE(none.amount.cents, qint64(0));
    }

    void theStateFollowsTheLedger_data()
    {
        QTest::addColumn<bool>("priced");
        QTest::addColumn<QList<qint64>>("received");
        QTest::addColumn<qint64>("refunded");
        QTest::addColumn<QString>("state");
        QTest::addColumn<bool>("depositSettled");
        const qint64 deposit = 150000;
        QTest::newRow("nothing") << true << QList<qint64>{} << qint64(0) << "none" << false;
        QTest::newRow("part of the deposit")
            << true << QList<qint64>{deposit - 1} << qint64(0) << "none" << false;
        QTest::newRow("the deposit")
            << true << QList<qint64>{deposit} << qint64(0) << "deposit_paid" << true;
        QTest::newRow("deposit in two parts")
            << true << QList<qint64>{100000, 50000} << qint64(0) << "deposit_paid" << true;
        QTest::newRow("the whole price")
            << true << QList<qint64>{deposit, 1350000} << qint64(0) << "paid_in_full" << true;
        QTest::newRow("more than the price")
            << true << QList<qint64>{1600000} << qint64(0) << "paid_in_full" << true;
        QTest::newRow("paid, then partly refunded")
            << true << QList<qint64>{1500000} << qint64(300000) << "refunded" << true;
        QTest::newRow("no fees: nothing")
            << false << QList<qint64>{} << qint64(0) << "none" << false;
        QTest::newRow("no fees: any deposit")
            << false << QList<qint64>{100} << qint64(0) << "deposit_paid" << true;
    }

    void theStateFollowsTheLedger()
    {
        QFETCH(bool, priced);
        QFETCH(QList<qint64>, received);
        QFETCH(qint64, refunded);
        QFETCH(QString, state);
        QFETCH(bool, depositSettled);
        QList<Payment> entries;
        for (qint64 cents : received) {
            Payment p;
            p.kind = entries.isEmpty() ? Payment::Kind::Deposit : Payment::Kind::Instalment;
            p.amount = {cents, "USD"};
            entries << p;
        }
        if (refunded > 0) {
            Payment p;
            p.kind = Payment::Kind::Refund;
            p.amount = {refunded, "USD"};
            entries << p;
        }
        std::optional<CohortFees> fees;
        if (priced)
            fees = CohortFees{1, "USD", 1500000, 150000};
        const PaymentAccount account(fees, entries, std::nullopt);
        QCOMPARE(account.state(), state);
        QCOMPARE(account.depositSettled(), depositSettled);
        const PaymentAccount waived(fees, entries, DepositWaiver{1, "scholarship", "head", {}});
        QVERIFY(waived.depositSettled());
    }

    void recordingKeepsTheStateAndTheTrail()
    {
        priceTheCohort();
        const qint64 id = application("accepted");
        PaymentService service = payments(m_officer);
        auto deposit = service.record(id, entry(Payment::Kind::Deposit, 150000));
        QVERIFY_OK(deposit);
        QCOMPARE(deposit->amount.currency, QString("USD")); // the cohort's
        QCOMPARE(deposit->paidOn, QDate(2027, 3, 1));       // today unless told
        QCOMPARE(column("payment_state", id), QString("deposit_paid"));
        QVERIFY_OK(service.record(id, entry(Payment::Kind::Instalment, 1350000)));
        QCOMPARE(column("payment_state", id), QString("paid_in_full"));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE action = 'payment' AND "
                              "entity_id = ?",
                              {id})
                     .toInt(),
                 2);
        const auto account = service.account(id);
        QVERIFY_OK(account);
        QCOMPARE(account->receivedCents(), qint64(1500000));
        QCOMPARE(account->dueCents(), qint64(0));
        verifyTrail();
    }

    void badEntriesAreRefusedAndWriteNothing_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<int>("daysAhead");
        QTest::addColumn<QString>("message");
        QTest::newRow("zero") << int(Payment::Kind::Deposit) << qint64(0) << 0 << "above zero";
        QTest::newRow("tomorrow") << int(Payment::Kind::Deposit) << qint64(100) << 1
                                  << "in the future";
        QTest::newRow("refund of more than paid")
            << int(Payment::Kind::Refund) << qint64(150001) << 0 << "more than application";
    }

    void badEntriesAreRefusedAndWriteNothing()
    {
        QFETCH(int, kind);
        QFETCH(qint64, cents);
        QFETCH(int, daysAhead);
        QFETCH(QString, message);
        priceTheCohort();
        const qint64 id = application("accepted");
        PaymentService service = payments(m_officer);
        QVERIFY_OK(service.record(id, entry(Payment::Kind::Deposit, 150000)));
        PaymentService::Entry bad = entry(Payment::Kind(kind), cents);
        bad.paidOn = m_clock.now().date().addDays(daysAhead);
        const auto refused = service.record(id, bad);
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains(message), qPrintable(refused.error().text()));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM payments").toInt(), 1);
        QCOMPARE(column("payment_state", id), QString("deposit_paid"));
    }

    void aCohortWithoutAPriceTakesNoPayment()
    {
        const qint64 id = application("accepted");
        const auto refused = payments(m_officer).record(id, entry(Payment::Kind::Deposit, 100));
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("no price set"),
                 qPrintable(refused.error().text()));
    }

    void readOnlyStaffRecordNothing()
    {
        priceTheCohort();
        const qint64 id = application("accepted");
        const auto refused = payments(m_db->actor(StaffRole::ReadOnly))
                                 .record(id, entry(Payment::Kind::Deposit, 150000));
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("record payments"),
                 qPrintable(refused.error().text()));
        QCOMPARE(m_db->scalar("SELECT count(*) FROM payments").toInt(), 0);
    }

    void feesAreCheckedAndKeepTheLedgersCurrency()
    {
        CohortFees fees{m_cohort, "usd", 100, 200};
        const FieldErrors errors = PaymentService::validate(fees);
        QCOMPARE(errors.size(), 2);
        QCOMPARE(errors.at(0).field, QString("currency"));
        QCOMPARE(errors.at(1).field, QString("deposit"));
        QVERIFY(!payments(m_officer).setFees(fees));

        priceTheCohort();
        const qint64 id = application("accepted");
        QVERIFY_OK(payments(m_officer).record(id, entry(Payment::Kind::Deposit, 150000)));
        const auto refused = payments(m_officer).setFees({m_cohort, "EUR", 1500000, 150000});
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("SWE 2027-03"),
                 qPrintable(refused.error().text()));
        // A higher deposit is not paid yet: the state follows the new fees.
        QVERIFY_OK(payments(m_officer).setFees({m_cohort, "USD", 1500000, 200000}));
        QCOMPARE(column("payment_state", id), QString("none"));
        verifyTrail();
    }

    void enrollingAsksForTheDeposit()
    {
        priceTheCohort();
        const qint64 id = application("accepted");
        StatusService statuses(conn(), m_officer, m_clock);
        const auto refused = statuses.changeStatus(id, S::Enrolled);
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains("1,500.00 USD"),
                 qPrintable(refused.error().text()));
        QCOMPARE(column("status", id), QString("accepted"));

        QVERIFY_OK(payments(m_officer).record(id, entry(Payment::Kind::Deposit, 150000)));
        QVERIFY_OK(statuses.changeStatus(id, S::Enrolled));
        QCOMPARE(column("status", id), QString("enrolled"));
    }

    void anAdministratorMayWaiveTheDeposit()
    {
        priceTheCohort();
        const qint64 id = application("accepted");
        const auto byOfficer = payments(m_officer).waiveDeposit(id, "scholarship");
        QVERIFY(!byOfficer);
        QVERIFY2(byOfficer.error().text().contains("waive a deposit"),
                 qPrintable(byOfficer.error().text()));
        const Actor admin = m_db->actor(StaffRole::Administrator);
        QVERIFY(!payments(admin).waiveDeposit(id, "  ")); // a reason is required
        QVERIFY_OK(payments(admin).waiveDeposit(id, "full scholarship"));
        QVERIFY(!payments(admin).waiveDeposit(id, "again")); // once
        QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE action = "
                              "'waive_deposit' AND entity_id = ?",
                              {id})
                     .toInt(),
                 1);
        QVERIFY_OK(StatusService(conn(), m_officer, m_clock).changeStatus(id, S::Enrolled));
        QCOMPARE(column("payment_state", id), QString("none")); // waived, not paid
        verifyTrail();
    }

    // Asked on day `askedOn`, refunded days later: the request's day decides.
    void refundingPaysWhatTheRequestsDayGives_data()
    {
        QTest::addColumn<int>("askedOn");
        QTest::addColumn<qint64>("refund");
        QTest::newRow("inside the window") << 3 << qint64(400000);
        QTest::newRow("last day of the window") << 14 << qint64(400000);
        QTest::newRow("first day after") << 15 << qint64(320000);
        QTest::newRow("half") << 30 << qint64(200000);
        QTest::newRow("nothing left") << 60 << qint64(0);
    }

    void refundingPaysWhatTheRequestsDayGives()
    {
        QFETCH(int, askedOn);
        QFETCH(qint64, refund);
        priceTheCohort();
        const qint64 id = application("active", "2027-01-10T09:00:00.000Z");
        PaymentService money = payments(m_officer);
        QVERIFY_OK(money.record(id, entry(Payment::Kind::Deposit, 150000)));
        QVERIFY_OK(money.record(id, entry(Payment::Kind::Instalment, 250000)));
        m_clock.set(QDateTime(QDate(2027, 3, 1).addDays(askedOn), QTime(23, 0), Qt::UTC));
        StatusService statuses(conn(), m_officer, m_clock);
        QVERIFY_OK(statuses.changeStatus(id, S::RefundRequested));
        const auto quoted = money.requestedRefund(id);
        QVERIFY_OK(quoted);
        QCOMPARE(quoted->amount.cents, refund);
        m_clock.advanceSecs(5 * 24 * 3600); // refunded days later: the request's day holds
        QVERIFY_OK(statuses.changeStatus(id, S::Refunded, "moved abroad"));
        const auto account = money.account(id);
        QVERIFY_OK(account);
        QCOMPARE(account->refundedCents(), refund);
        QCOMPARE(column("payment_state", id), refund > 0 ? QString("refunded") : "deposit_paid");
        if (refund > 0) {
            const Payment &last = account->payments().last();
            QVERIFY(last.isRefund());
            QCOMPARE(last.paidOn, m_clock.now().date());
            QCOMPARE(last.recordedByUsername, m_officer.username);
        }
        verifyTrail();
    }

    void aRefundInsideTheWindowGivesTheSeatToTheWaitlist()
    {
        priceTheCohort();
        const qint64 student = application("active", "2027-01-10T09:00:00.000Z");
        application("active", "2027-01-11T09:00:00.000Z"); // the cohort's 2 seats are taken
        const qint64 waiting = application("waitlisted", "2027-01-12T09:00:00.000Z");
        QVERIFY_OK(payments(m_officer).record(student, entry(Payment::Kind::Deposit, 150000)));
        m_clock.set(QDateTime(QDate(2027, 3, 4), QTime(10, 0), Qt::UTC));
        StatusService statuses(conn(), m_officer, m_clock);
        QVERIFY_OK(statuses.changeStatus(student, S::RefundRequested));
        const auto events = statuses.changeStatus(student, S::Refunded, "changed careers");
        QVERIFY_OK(events);
        QCOMPARE(column("status", waiting), QString("offered"));
        QCOMPARE(payments(m_officer).account(student)->refundedCents(), qint64(150000));
    }
};

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
