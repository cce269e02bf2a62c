#include "testdatabase.h"

#include "db/transaction.h"

#include <QProcess>
#include <QTest>
#include <QThread>

// Two processes qualify an applicant each for the last seat of a cohort at the same moment.
// Exactly one may get the offer; the other is waitlisted; neither may fail. Repeated to give
// the race chances. (With a deferred BEGIN instead of BEGIN IMMEDIATE this test fails: the
// loser's snapshot is stale when it tries to write.)
class TestSeatRace : public QObject
{
    Q_OBJECT

    qint64 interviewedApplication(TestDatabase &db, qint64 track, qint64 cohort, int n)
    {
        ApplicationRow interviewed(
            db.addApplicant("Race", "R", QString("racer%1@example.org").arg(n)), track,
            "interviewed");
        interviewed.cohortId = cohort;
        interviewed.appliedAt = "2027-01-01T00:00:00.000Z";
        return db.addApplication(interviewed);
    }

private Q_SLOTS:
    void twoDesksNeverHandOutTheSameLastSeat()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 track = db.addTrack("SWE");
        const QString officer = QString::number(db.actor().userId);
        QProcess desks[2];
        for (QProcess &desk : desks) {
            desk.start(SEAT_RACE_WORKER, {db.path(), officer});
            QVERIFY2(desk.waitForStarted(), qPrintable(desk.errorString()));
        }
        for (QProcess &desk : desks) {
            QVERIFY(desk.waitForReadyRead(10000));
            QCOMPARE(desk.readLine().trimmed(), QByteArray("ready"));
        }
        constexpr int Rounds = 100;
        int winsOfFirstDesk = 0;
        for (int round = 0; round < Rounds; ++round) {
            const qint64 cohort = db.addCohort(track, QString("RACE-%1").arg(round), 1);
            const qint64 ids[2] = {interviewedApplication(db, track, cohort, 2 * round),
                                   interviewedApplication(db, track, cohort, 2 * round + 1)};
            {
                // Both desks reach for the write lock while the test holds it, so they start
                // their transactions together when it lets go.
                Transaction gate(db.connectionName());
                QVERIFY(gate.isActive());
                for (int i = 0; i < 2; ++i) {
                    desks[i].write(QByteArray::number(ids[i]) + '\n');
                    QVERIFY(desks[i].waitForBytesWritten(1000));
                }
                QThread::msleep(20);
            }
            QStringList outcomes;
            for (int i = 0; i < 2; ++i) {
                while (!desks[i].canReadLine())
                    QVERIFY2(desks[i].waitForReadyRead(30000),
                             desks[i].readAllStandardError().constData());
                const QByteArray line = desks[i].readLine().trimmed();
                outcomes << QString::fromUtf8(line.mid(line.indexOf(' ') + 1));
            }
            winsOfFirstDesk += outcomes.first() == "offered" ? 1 : 0;
            outcomes.sort();
            QCOMPARE(outcomes, (QStringList{"offered", "waitlisted"}));
            QCOMPARE(db.scalar("SELECT count(*) FROM applications WHERE cohort_id = ? AND "
                               "status = 'offered'",
                               {cohort})
                         .toInt(),
                     1);
        }
        for (QProcess &desk : desks) {
            desk.closeWriteChannel();
            QVERIFY(desk.waitForFinished(10000));
            QCOMPARE(desk.exitCode(), 0);
        }
        qInfo("the first desk won %d of %d rounds", winsOfFirstDesk, Rounds);
    }
};

QTEST_GUILESS_MAIN(TestSeatRace)
#include "tst_seatrace.moc"
