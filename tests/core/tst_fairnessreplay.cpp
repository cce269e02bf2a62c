#include "audit/fairnessreplay.h"
#include "db/databasecheck.h"
#include "domain/timestamp.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

// The fairness replay on histories built event by event: a fair one, one offer that jumps the
// queue, offers made while nobody waited, deferrals that kept or lost their qualification time,
// offers from before the events recorded their cohort, and a queue of another cohort.
class TestFairnessReplay : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, qint64> m_applications; // by letter
    qint64 m_cohort = 0;
    qint64 m_otherCohort = 0;

    // Step n happens at 2027-02-10 09:00 plus n minutes.
    static QString stepTime(int step)
    {
        return Timestamp::format(
            QDateTime(QDate(2027, 2, 10), QTime(9, 0), Qt::UTC).addSecs(60 * step));
    }

    // Applications A, B, C (qualified on January 1, 2 and 3) and X (qualified on December 1,
    // the deferral) in the cohort; D in the other cohort.
    void makeApplications()
    {
        const qint64 track = m_db->addTrack("SWE");
        m_cohort = m_db->addCohort(track, "SWE-1", 5);
        m_otherCohort = m_db->addCohort(track, "SWE-2", 5, QDate(2027, 6, 1));
        const QList<std::tuple<QString, QString, qint64>> apps{
            {"A", "2027-01-01T09:00:00.000Z", m_cohort},
            {"B", "2027-01-02T09:00:00.000Z", m_cohort},
            {"C", "2027-01-03T09:00:00.000Z", m_cohort},
            {"X", "2026-12-01T09:00:00.000Z", m_cohort},
            {"D", "2027-01-01T09:00:00.000Z", m_otherCohort}};
        for (const auto &[letter, qualified, cohort] : apps) {
            ApplicationRow row(m_db->addApplicant(letter, "Doe", letter + "@example.org"), track,
                               "interviewed");
            row.cohortId = cohort;
            row.appliedAt = "2026-11-01T09:00:00.000Z";
            row.qualifiedAt = qualified;
            m_applications.insert(letter, m_db->addApplication(row));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_applications.clear();
        makeApplications();
    }

    void cleanup() { m_db.reset(); }

    void replaysEveryOffer_data()
    {
        // Each step is LETTER:STATUS, with :QUEUE-TIME for a returning deferral's event, or
        // :old for an event from before v15 (no cohort recorded). An exception is
        // "STEP OFFERED PASSED-OVER", STEP counting from 0.
        QTest::addColumn<QStringList>("steps");
        QTest::addColumn<int>("checked");
        QTest::addColumn<int>("notJudged");
        QTest::addColumn<QStringList>("exceptions");

        const QStringList aAndBWait{"A:qualified", "A:waitlisted", "B:qualified", "B:waitlisted"};
        QTest::newRow("fair history")
            << (aAndBWait + QStringList{"A:offered", "B:offered"}) << 2 << 0 << QStringList();
        QTest::newRow("one jump of the queue")
            << (aAndBWait + QStringList{"B:offered", "A:offered"}) << 2 << 0
            << QStringList{"4 B A"};
        QTest::newRow("offer while no one waited")
            << QStringList{"C:qualified", "C:offered", "A:qualified", "A:waitlisted"} << 1 << 0
            << QStringList();
        QTest::newRow("offer past the queue to a new qualification")
            << QStringList{"A:qualified", "A:waitlisted", "C:qualified", "C:offered"} << 1 << 0
            << QStringList{"3 C A"};
        QTest::newRow("deferral kept its qualification time")
            << QStringList{"A:qualified", "A:waitlisted", "X:qualified:2026-12-01T09:00:00.000Z",
                           "X:waitlisted", "X:offered"}
            << 1 << 0 << QStringList();
        QTest::newRow("deferral reset to its return")
            << QStringList{"A:qualified", "A:waitlisted", "X:qualified:2027-02-10T09:02:00.000Z",
                           "X:waitlisted", "X:offered"}
            << 1 << 0 << QStringList{"4 X A"};
        QTest::newRow("offers before v15 are not judged")
            << QStringList{"A:qualified:old", "A:waitlisted:old", "B:qualified:old",
                           "B:waitlisted:old", "B:offered:old"}
            << 0 << 1 << QStringList();
        QTest::newRow("another cohort's queue")
            << QStringList{"D:qualified", "D:waitlisted", "A:qualified", "A:offered"} << 1 << 0
            << QStringList();
    }

    void replaysEveryOffer()
    {
        QFETCH(QStringList, steps);
        QFETCH(int, checked);
        QFETCH(int, notJudged);
        QFETCH(QStringList, exceptions);

        QHash<QString, QString> last{{"A", "interviewed"},
                                     {"B", "interviewed"},
                                     {"C", "interviewed"},
                                     {"X", "deferred"},
                                     {"D", "interviewed"}};
        QList<qint64> eventIds;
        for (int i = 0; i < steps.size(); ++i) {
            const QStringList parts = steps.at(i).split(':');
            const QString letter = parts.at(0);
            const QString extra = parts.mid(2).join(':');
            TestDatabase::EventRow event;
            event.applicationId = m_applications.value(letter);
            event.from = last.value(letter);
            event.to = parts.at(1);
            event.at = stepTime(i);
            event.cohortId = extra == "old" ? 0 : (letter == "D" ? m_otherCohort : m_cohort);
            if (extra != "old")
                event.queueAt = extra;
            eventIds << m_db->addStatusEvent(event);
            last.insert(letter, event.to);
        }

        const auto report = FairnessReplay(m_db->connectionName()).run();
        QVERIFY_OK(report);
        int offers = 0;
        QStringList found;
        for (const FairnessReplay::CohortResult &cohort : report->cohorts) {
            offers += cohort.offersChecked;
            for (const FairnessReplay::Exception &e : cohort.exceptions) {
                const int step = int(eventIds.indexOf(e.eventId));
                found << QString("%1 %2 %3")
                             .arg(step)
                             .arg(m_applications.key(e.offered), m_applications.key(e.passedOver));
                QCOMPARE(e.at, Timestamp::parse(stepTime(step)));
                QCOMPARE(e.cohortName, QString("SWE-1"));
            }
        }
        QCOMPARE(offers, checked);
        QCOMPARE(report->offersNotJudged, notJudged);
        QCOMPARE(found, exceptions);

        // check says the same, a line of its own for each exception.
        const auto problems = DatabaseCheck(m_db->connectionName()).run();
        QVERIFY_OK(problems);
        QStringList fairness;
        for (const DatabaseCheck::Problem &p : problems.value()) {
            if (p.check == QLatin1String("fairness"))
                fairness << p.detail;
        }
        QCOMPARE(fairness.size(), exceptions.size());
        for (int i = 0; i < fairness.size(); ++i) {
            const QStringList expected = exceptions.at(i).split(' ');
            const qint64 event = eventIds.at(expected.at(0).toInt());
            QVERIFY2(fairness.at(i).startsWith(QString("Status event %1 at ").arg(event)),
                     qPrintable(fairness.at(i)));
            QVERIFY2(fairness.at(i).endsWith(
                         QString("offered application %1 a seat of cohort SWE-1 while "
                                 "application %2 was first in line")
                             .arg(m_applications.value(expected.at(1)))
                             .arg(m_applications.value(expected.at(2)))),
                     qPrintable(fairness.at(i)));
        }
    }

    // One cohort's replay reports that cohort alone, even with no offer.
    void replaysOneCohort()
    {
        for (const auto &[letter, to, cohort] :
             QList<std::tuple<QString, QString, qint64>>{{"A", "qualified", m_cohort},
                                                         {"A", "offered", m_cohort},
                                                         {"D", "qualified", m_otherCohort}}) {
            TestDatabase::EventRow event;
            event.applicationId = m_applications.value(letter);
            event.from = to == "qualified" ? "interviewed" : "qualified";
            event.to = to;
            event.cohortId = cohort;
            m_db->addStatusEvent(event);
        }
        const auto one = FairnessReplay(m_db->connectionName()).run(m_otherCohort);
        QVERIFY_OK(one);
        QCOMPARE(one->cohorts.size(), 1);
        QCOMPARE(one->cohorts.first().cohortName, QString("SWE-2"));
        QCOMPARE(one->cohorts.first().offersChecked, 0);
        const auto all = FairnessReplay(m_db->connectionName()).run();
        QVERIFY_OK(all);
        QCOMPARE(all->cohorts.size(), 1);
        QCOMPARE(all->cohorts.first().cohortName, QString("SWE-1"));
        QCOMPARE(all->cohorts.first().offersChecked, 1);
    }
};

QTEST_GUILESS_MAIN(TestFairnessReplay)
#include "tst_fairnessreplay.moc"
