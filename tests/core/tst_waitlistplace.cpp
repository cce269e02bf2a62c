#include "services/waitlistplace.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QTest>

// A waitlisted application's place on a real file: its position, those ahead with why each is
// ahead (earlier qualification, a tie on it broken by the application time, then by the number,
// a deferral that kept its qualification time), a deferral's own queue time, the cap on those
// named, and nothing for an application that is not waiting.
class TestWaitlistPlace : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    QHash<QString, qint64> m_applications; // by letter

private Q_SLOTS:
    // In queue order: K (a deferral from SWE-0 that kept its qualification of November 1),
    // A (qualified January 1), B, C and T (all qualified January 2: B applied first, C and T at
    // the same moment, C the lower number), then R (a deferral from SWE-0 whose queue time was
    // reset to February 1, though it qualified on November 1).
    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_applications.clear();
        const qint64 track = m_db->addTrack("SWE");
        const qint64 old = m_db->addCohort(track, "SWE-0", 5, QDate(2026, 12, 1));
        const qint64 cohort = m_db->addCohort(track, "SWE-1", 5);
        struct Row
        {
            QString letter, applied, qualified, queue;
        };
        const QList<Row> rows{{"A", "2026-10-05T09:00:00.000Z", "2027-01-01T09:00:00.000Z", {}},
                              {"B", "2026-10-01T09:00:00.000Z", "2027-01-02T09:00:00.000Z", {}},
                              {"C", "2026-10-02T09:00:00.000Z", "2027-01-02T09:00:00.000Z", {}},
                              {"T", "2026-10-02T09:00:00.000Z", "2027-01-02T09:00:00.000Z", {}},
                              {"K", "2026-09-01T09:00:00.000Z", "2026-11-01T09:00:00.000Z",
                               "2026-11-01T09:00:00.000Z"},
                              {"R", "2026-09-01T09:00:00.000Z", "2026-11-01T09:00:00.000Z",
                               "2027-02-01T09:00:00.000Z"},
                              {"N", "2026-09-01T09:00:00.000Z", "2026-11-01T09:00:00.000Z", {}}};
        for (const Row &r : rows) {
            ApplicationRow row(m_db->addApplicant(r.letter, "Doe", r.letter + "@example.org"),
                               track, r.letter == "N" ? "offered" : "waitlisted");
            row.cohortId = cohort;
            row.appliedAt = r.applied;
            row.qualifiedAt = r.qualified;
            row.queueAt = r.queue;
            const qint64 id = m_db->addApplication(row);
            m_applications.insert(r.letter, id);
            if (r.queue.isEmpty())
                continue;
            // The deferral's history: deferred from SWE-0, back as qualified with its queue time.
            TestDatabase::EventRow deferred;
            deferred.applicationId = id;
            deferred.from = "accepted";
            deferred.to = "deferred";
            deferred.cohortId = old;
            m_db->addStatusEvent(deferred);
            TestDatabase::EventRow back;
            back.applicationId = id;
            back.from = "deferred";
            back.to = "qualified";
            back.cohortId = cohort;
            back.queueAt = r.queue;
            m_db->addStatusEvent(back);
        }
    }

    void cleanup() { m_db.reset(); }

    void explainsThePlace_data()
    {
        QTest::addColumn<QString>("letter");
        QTest::addColumn<int>("maxNamed");
        QTest::addColumn<int>("position");
        QTest::addColumn<QStringList>("ahead"); // LETTER: why
        QTest::addColumn<int>("notNamed");
        QTest::addColumn<QString>("ownSource");

        const QString returned = "qualified before this application returned from its deferral";
        QTest::newRow("first in line, a kept deferral")
            << "K" << 20 << 1 << QStringList() << 0
            << "a deferral from SWE-0: it kept its qualification time";
        QTest::newRow("qualified later")
            << "A" << 20 << 2
            << QStringList{"K: a deferral from SWE-0 kept its qualification time of "
                           "2026-11-01T09:00:00.000Z"}
            << 0 << "";
        QTest::newRow("ties on the qualification time")
            << "T" << 20 << 5
            << QStringList{"K: a deferral from SWE-0 kept its qualification time of "
                           "2026-11-01T09:00:00.000Z",
                           "A: qualified earlier",
                           "B: qualified at the same moment and applied earlier",
                           "C: same times, lower number"}
            << 0 << "";
        QTest::newRow("a reset deferral queues from its return")
            << "R" << 20 << 6
            << QStringList{"K: a deferral from SWE-0 kept its qualification time of "
                           "2026-11-01T09:00:00.000Z",
                           "A: " + returned, "B: " + returned, "C: " + returned, "T: " + returned}
            << 0 << "a deferral from SWE-0: it queues from its return at 2027-02-01T09:00:00.000Z";
        QTest::newRow("only the first are named")
            << "R" << 2 << 6
            << QStringList{"K: a deferral from SWE-0 kept its qualification time of "
                           "2026-11-01T09:00:00.000Z",
                           "A: " + returned}
            << 3 << "a deferral from SWE-0: it queues from its return at 2027-02-01T09:00:00.000Z";
    }

    void explainsThePlace()
    {
        QFETCH(QString, letter);
        QFETCH(int, maxNamed);
        QFETCH(int, position);
        QFETCH(QStringList, ahead);
        QFETCH(int, notNamed);
        QFETCH(QString, ownSource);

        const auto place =
            WaitlistPlace::explain(m_db->connectionName(), m_applications.value(letter), maxNamed);
        QVERIFY_OK(place);
        QVERIFY(place->has_value());
        const WaitlistPlace &p = **place;
        QCOMPARE(p.cohortName, QString("SWE-1"));
        QCOMPARE(p.position, position);
        QCOMPARE(p.waiting, 6);
        QStringList named;
        for (const WaitlistPlace::Ahead &a : p.ahead)
            named << m_applications.key(a.entry.applicationId) + ": " + a.why;
        QCOMPARE(named, ahead);
        QCOMPARE(p.aheadNotNamed, notNamed);
        QCOMPARE(WaitlistPlace::queueTimeSource(p.self), ownSource);
    }

    void anApplicationNotWaitingHasNoPlace()
    {
        const auto place =
            WaitlistPlace::explain(m_db->connectionName(), m_applications.value("N"));
        QVERIFY_OK(place);
        QVERIFY(!place->has_value());
        QVERIFY(!WaitlistPlace::explain(m_db->connectionName(), 999).ok());
    }
};

QTEST_GUILESS_MAIN(TestWaitlistPlace)
#include "tst_waitlistplace.moc"
