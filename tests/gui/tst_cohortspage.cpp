#include "cohortspage.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

namespace {
// Columns of the cohorts list.
enum
{
    Track,
    Name,
    Starts,
    State,
    Seats,
    Free,
    Offers,
    Waitlist
};

// Says "Offen" for the state Open, as a German translation would: the page asks tr() for state
// names instead of showing the machine names.
class StateTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        return qstrcmp(context, "CohortState") == 0 && qstrcmp(source, "Open") == 0
                   ? QStringLiteral("Offen")
                   : QString();
    }
    bool isEmpty() const override { return false; }
};
} // namespace

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

    // `count` applications of the status in the cohort.
    static void fill(TestDatabase &db, qint64 track, qint64 cohort, const QString &status,
                     int count)
    {
        static int person = 0;
        for (int i = 0; i < count; ++i) {
            ++person;
            ApplicationRow row(db.addApplicant("P", QString::number(person),
                                               QString("p%1@example.org").arg(person)),
                               track, status);
            row.cohortId = cohort;
            row.qualifiedAt = FixtureTime;
            db.addApplication(row);
        }
    }

    static void setState(TestDatabase &db, qint64 cohort, const QString &state)
    {
        db.scalar("UPDATE cohorts SET state = ? WHERE id = ?", {state, cohort});
    }

    static QTableWidget *cohortList(CohortsPage &page)
    {
        return page.findChild<QTableWidget *>("cohorts");
    }

    // Chooses the state filter's entry with this text.
    static void show(CohortsPage &page, const QString &states)
    {
        auto *filter = page.findChild<QComboBox *>("cohortStateFilter");
        const int index = filter->findText(states);
        QVERIFY2(index >= 0, qPrintable(states));
        filter->setCurrentIndex(index);
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

    // A cohort that started shows the seats its students filled, and a completed one how full
    // it ended, graduates and dropouts included, refunds not.
    void aCompletedCohortShowsHowFullItEnded()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 track = db.addTrack("SWE");
        const qint64 done = db.addCohort(track, "SWE 2026-01", 70, QDate(2026, 1, 5));
        const qint64 running = db.addCohort(track, "SWE 2026-09", 70, QDate(2026, 9, 7));
        fill(db, track, done, "graduated", 3);
        fill(db, track, done, "placed", 2);
        fill(db, track, done, "dropped", 1);
        fill(db, track, done, "refunded", 1);
        fill(db, track, running, "active", 4);
        fill(db, track, running, "graduated", 1);
        setState(db, done, "completed");
        setState(db, running, "started");

        CohortsPage page(db.connectionName());
        QVERIFY_OK(page.refresh());
        auto *cohorts = cohortList(page);
        // Upcoming and running ones at first: the completed cohort is behind "All states".
        QCOMPARE(column(cohorts, Name), QStringList{"SWE 2026-09"});
        QCOMPARE(cohorts->item(0, Seats)->text(), QStringLiteral("5 of 70"));
        show(page, "All states");
        QCOMPARE(column(cohorts, Name), (QStringList{"SWE 2026-01", "SWE 2026-09"}));
        QCOMPARE(cohorts->item(0, Seats)->text(), QStringLiteral("final: 6 of 70"));
        QCOMPARE(cohorts->item(0, Free)->text(), QStringLiteral("—"));
        // The fill stamped when it completed is what it shows from then on.
        db.scalar("UPDATE cohorts SET final_fill = 68 WHERE id = ?", {done});
        QVERIFY_OK(page.refresh());
        QCOMPARE(cohorts->item(0, Seats)->text(), QStringLiteral("final: 68 of 70"));
    }

    // Open for Applications: for a draft cohort, by staff who may manage the catalogue; its
    // waitlist gets the seats at once.
    void aDraftCohortOpensForApplications()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 track = db.addTrack("SWE");
        db.addCohort(track, "SWE March", 30, QDate(2027, 3, 1));
        const qint64 draft = db.addCohort(track, "SWE May", 1, QDate(2027, 5, 1));
        setState(db, draft, "draft");
        fill(db, track, draft, "waitlisted", 1);

        CohortsPage page(db.connectionName());
        page.setActor(db.actor(StaffRole::Officer), StaffRole::Officer);
        QVERIFY_OK(page.refresh());
        auto *cohorts = cohortList(page);
        auto *open = page.findChild<QPushButton *>("openForApplications");
        QVERIFY(open);
        cohorts->setCurrentCell(0, 0); // SWE March, open already
        QVERIFY(!open->isEnabled());
        cohorts->setCurrentCell(1, 0);
        QCOMPARE(cohorts->item(1, State)->text(), QStringLiteral("Draft"));
        QVERIFY(open->isEnabled());

        open->click();
        QCOMPARE(cohorts->item(1, Name)->text(), QStringLiteral("SWE May"));
        // Its one seat went to the waitlist, which made it full.
        QCOMPARE(cohorts->item(1, State)->text(), QStringLiteral("Full"));
        QCOMPARE(cohorts->item(1, Offers)->text(), QStringLiteral("1"));
        QVERIFY(!open->isEnabled());
        QVERIFY(page.findChild<QLabel *>("queueTitle")
                    ->text()
                    .contains("seats offered to the waitlist: 1"));
        QCOMPARE(db.scalar("SELECT by_user_id FROM cohort_state_events WHERE to_state = 'open'")
                     .toLongLong(),
                 db.actor(StaffRole::Officer).userId);

        page.setActor(db.actor(StaffRole::ReadOnly), StaffRole::ReadOnly);
        QVERIFY(open->isHidden());
    }

    void filtersNarrowTheList()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 swe = db.addTrack("SWE");
        const qint64 data = db.addTrack("DATA");
        db.addCohort(swe, "SWE March", 30, QDate(2027, 3, 1));
        setState(db, db.addCohort(swe, "SWE May", 30, QDate(2027, 5, 1)), "draft");
        setState(db, db.addCohort(swe, "SWE Old", 30, QDate(2025, 3, 1)), "completed");
        setState(db, db.addCohort(data, "Data March", 30, QDate(2026, 3, 1)), "started");
        setState(db, db.addCohort(data, "Data Gone", 30, QDate(2027, 4, 1)), "cancelled");

        CohortsPage page(db.connectionName());
        QVERIFY_OK(page.refresh());
        auto *cohorts = cohortList(page);
        auto *note = page.findChild<QLabel *>("cohortsEmptyNote");
        QVERIFY(note);
        QCOMPARE(column(cohorts, Name), (QStringList{"Data March", "SWE March", "SWE May"}));

        auto *track = page.findChild<QComboBox *>("cohortTrackFilter");
        QCOMPARE(track->count(), 3); // All tracks, DATA, SWE
        track->setCurrentIndex(track->findText("SWE"));
        QCOMPARE(column(cohorts, Name), (QStringList{"SWE March", "SWE May"}));
        show(page, "All states");
        QCOMPARE(column(cohorts, Name), (QStringList{"SWE Old", "SWE March", "SWE May"}));
        show(page, "Completed");
        QCOMPARE(column(cohorts, Name), QStringList{"SWE Old"});

        track->setCurrentIndex(track->findText("All tracks"));
        show(page, "All states");
        auto *name = page.findChild<QLineEdit *>("cohortNameFilter");
        name->setText("MARCH");
        QCOMPARE(column(cohorts, Name), (QStringList{"Data March", "SWE March"}));
        QVERIFY(note->isHidden());
        name->setText("june");
        QCOMPARE(cohorts->rowCount(), 0);
        QVERIFY(!note->isHidden());
        QCOMPARE(note->text(), CohortsPage::tr("No cohort matches these filters."));

        // The filters hold over a refresh.
        QVERIFY_OK(page.refresh());
        QCOMPARE(cohorts->rowCount(), 0);
        name->clear();
        QCOMPARE(cohorts->rowCount(), 5);
    }

    void sortsNumbersAsNumbersAndDatesInTime()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 track = db.addTrack("SWE");
        const qint64 a = db.addCohort(track, "A", 40, QDate(2027, 12, 1));
        const qint64 b = db.addCohort(track, "B", 40, QDate(2027, 2, 1));
        const qint64 c = db.addCohort(track, "C", 40, QDate(2027, 10, 15));
        fill(db, track, a, "enrolled", 10);
        fill(db, track, b, "enrolled", 2);
        fill(db, track, c, "enrolled", 9);
        fill(db, track, a, "waitlisted", 1);
        fill(db, track, c, "waitlisted", 11);

        CohortsPage page(db.connectionName());
        QVERIFY_OK(page.refresh());
        auto *cohorts = cohortList(page);
        QVERIFY(cohorts->isSortingEnabled());
        QCOMPARE(column(cohorts, Name), (QStringList{"B", "C", "A"})); // track, then start
        cohorts->sortByColumn(Seats, Qt::AscendingOrder);
        QCOMPARE(column(cohorts, Name), (QStringList{"B", "C", "A"})); // 2, 9, 10
        cohorts->sortByColumn(Free, Qt::DescendingOrder);
        QCOMPARE(column(cohorts, Name), (QStringList{"B", "C", "A"})); // 38, 31, 30
        cohorts->sortByColumn(Waitlist, Qt::DescendingOrder);
        QCOMPARE(column(cohorts, Name), (QStringList{"C", "A", "B"})); // 11, 1, 0
        cohorts->sortByColumn(Starts, Qt::DescendingOrder);
        QCOMPARE(column(cohorts, Name), (QStringList{"A", "C", "B"}));
        cohorts->sortByColumn(Name, Qt::DescendingOrder);
        QCOMPARE(column(cohorts, Name), (QStringList{"C", "B", "A"}));

        // The order chosen holds over a refresh.
        cohorts->sortByColumn(Starts, Qt::AscendingOrder);
        QVERIFY_OK(page.refresh());
        QCOMPARE(column(cohorts, Name), (QStringList{"B", "C", "A"}));
    }

    void theSelectionSurvivesRefreshesFiltersAndSorting()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 track = db.addTrack("SWE");
        const qint64 first = db.addCohort(track, "SWE 2027-03", 30, QDate(2027, 3, 1));
        db.addCohort(track, "SWE 2027-06", 30, QDate(2027, 6, 1));
        db.addCohort(track, "SWE 2027-09", 30, QDate(2027, 9, 1));
        fill(db, track, first, "waitlisted", 1);

        CohortsPage page(db.connectionName());
        QVERIFY_OK(page.refresh());
        auto *cohorts = cohortList(page);
        auto *title = page.findChild<QLabel *>("queueTitle");
        QCOMPARE(cohorts->currentRow(), 0); // the one with a waitlist
        cohorts->setCurrentCell(1, Name);
        QVERIFY(title->text().contains("SWE 2027-06"));
        const auto selected = [cohorts] {
            return cohorts->item(cohorts->currentRow(), Name)->text();
        };

        QVERIFY_OK(page.refresh());
        QCOMPARE(selected(), QStringLiteral("SWE 2027-06"));
        cohorts->sortByColumn(Starts, Qt::DescendingOrder);
        QCOMPARE(cohorts->currentRow(), 1);
        QCOMPARE(selected(), QStringLiteral("SWE 2027-06"));
        auto *name = page.findChild<QLineEdit *>("cohortNameFilter");
        name->setText("2027-0");
        QCOMPARE(selected(), QStringLiteral("SWE 2027-06"));
        name->setText("-06");
        QCOMPARE(cohorts->rowCount(), 1);
        QCOMPARE(selected(), QStringLiteral("SWE 2027-06"));
        QVERIFY(title->text().contains("SWE 2027-06"));

        // Hidden by a filter: another cohort is shown, with its own queues.
        name->setText("-09");
        QCOMPARE(selected(), QStringLiteral("SWE 2027-09"));
        QVERIFY(title->text().contains("SWE 2027-09"));
        name->setText("nothing");
        QCOMPARE(cohorts->currentRow(), -1);
        QVERIFY(title->text().isEmpty());
    }

    void statesByTheirTranslatedNames()
    {
        TestDatabase db;
        QVERIFY2(db.isOpen(), qPrintable(db.openError()));
        const qint64 track = db.addTrack("SWE");
        db.addCohort(track, "SWE 2027-03", 30, QDate(2027, 3, 1));
        setState(db, db.addCohort(track, "SWE 2027-09", 30, QDate(2027, 9, 1)), "started");

        CohortsPage page(db.connectionName());
        QVERIFY_OK(page.refresh());
        auto *cohorts = cohortList(page);
        QCOMPARE(column(cohorts, State), (QStringList{"Open", "Started"}));

        StateTranslator german;
        QVERIFY(QCoreApplication::installTranslator(&german));
        QVERIFY_OK(page.refresh());
        QCOMPARE(column(cohorts, State), (QStringList{"Offen", "Started"}));
        QVERIFY(QCoreApplication::removeTranslator(&german));
    }
};

QTEST_MAIN(TestCohortsPage)
#include "tst_cohortspage.moc"
