#include "cohortspage.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

// The cohorts page shows each cohort's seats, its pending offers and its waitlist in the order
// seats are offered: qualified first, then applied first, then the lower id.
class TestCohortsPage : public QObject
{
    Q_OBJECT

    qint64 application(TestDatabase &db, qint64 track, qint64 cohort, const QString &name,
                       const QString &status, const QString &qualifiedAt, const QString &appliedAt,
                       const QString &offerExpiresAt = {})
    {
        const QString email = name.toLower().replace(' ', '.') + "@example.org";
        ApplicationRow application(
            db.addApplicant(name.section(' ', 0, 0), name.section(' ', 1), email), track, status);
        application.cohortId = cohort;
        application.appliedAt = appliedAt;
        application.qualifiedAt = qualifiedAt;
        application.offerExpiresAt = offerExpiresAt;
        return db.addApplication(application);
    }

    static QStringList column(const QTableWidget *table, int column)
    {
        QStringList cells;
        for (int row = 0; row < table->rowCount(); ++row)
            cells << table->item(row, column)->text();
        return cells;
    }

private Q_SLOTS:
    void showsSeatsOffersAndTheWaitlistInOrder()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 track = db.addTrack("SWE");
        const qint64 full = db.addCohort(track, "SWE 2027-03", 2);
        db.addCohort(track, "SWE 2027-09", 30, QDate(2027, 9, 1));
        application(db, track, full, "Ada Offer", "offered", "2027-01-02T10:00:00.000Z",
                    "2027-01-01T10:00:00.000Z", "2027-02-09T10:00:00.000Z");
        application(db, track, full, "Bo Student", "enrolled", "2027-01-01T09:00:00.000Z",
                    "2027-01-01T08:00:00.000Z");
        // Waitlist: Cy qualified last; Di and Ed qualified together, Ed applied first.
        const qint64 cy = application(db, track, full, "Cy Late", "waitlisted",
                                      "2027-01-20T10:00:00.000Z", "2026-12-01T10:00:00.000Z");
        const qint64 di = application(db, track, full, "Di Second", "waitlisted",
                                      "2027-01-10T10:00:00.000Z", "2027-01-05T10:00:00.000Z");
        const qint64 ed = application(db, track, full, "Ed First", "waitlisted",
                                      "2027-01-10T10:00:00.000Z", "2027-01-03T10:00:00.000Z");

        CohortsPage page(db.connectionName());
        const Status refreshed = page.refresh();
        QVERIFY_OK(refreshed);
        auto *cohorts = page.findChild<QTableWidget *>("cohorts");
        auto *offers = page.findChild<QTableWidget *>("offers");
        auto *waitlist = page.findChild<QTableWidget *>("waitlist");
        QVERIFY(cohorts && offers && waitlist);
        QCOMPARE(column(cohorts, 1), (QStringList{"SWE 2027-03", "SWE 2027-09"}));
        QCOMPARE(cohorts->item(0, 4)->text(), QStringLiteral("2 of 2"));
        QCOMPARE(cohorts->item(0, 6)->text(), QStringLiteral("1"));
        QCOMPARE(cohorts->item(0, 7)->text(), QStringLiteral("3"));
        QCOMPARE(cohorts->item(1, 5)->text(), QStringLiteral("30"));

        QCOMPARE(cohorts->currentRow(), 0);
        QCOMPARE(column(offers, 1), QStringList{"Ada Offer"});
        QVERIFY(!offers->item(0, 3)->text().isEmpty());
        QCOMPARE(column(waitlist, 0), (QStringList{"1", "2", "3"}));
        QCOMPARE(column(waitlist, 1),
                 (QStringList{QString::number(ed), QString::number(di), QString::number(cy)}));
        QVERIFY(waitlist->item(0, 4)->text().startsWith(QLatin1String("qualified")));

        // Another cohort, then a refresh: the selection stays where it was.
        cohorts->setCurrentCell(1, 0);
        QCOMPARE(waitlist->rowCount(), 0);
        QVERIFY(page.refresh().ok());
        QCOMPARE(cohorts->currentRow(), 1);
        QVERIFY(page.findChild<QLabel *>("queueTitle")->text().contains("SWE 2027-09"));
    }
};

QTEST_MAIN(TestCohortsPage)
#include "tst_cohortspage.moc"
