#include "browse/applicationcounts.h"
#include "browse/applicationsearchindex.h"
#include "browse/applicationtablemodel.h"
#include "csv/applicationexport.h"
#include "domain/applicationstatus.h"
#include "domain/timestamp.h"
#include "services/paymentservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <functional>

namespace {
const QDateTime FirstApplied(QDate(2026, 11, 24), QTime(9, 3, 2, 123), Qt::UTC);

// Application n (numbered from 1) is from applicant n; it rotates through tracks, cohorts and
// every status, and every tenth has no cohort yet.
ApplicationStatus statusOf(int n)
{
    return Statuses::all().at(n % Statuses::all().size());
}

QString appliedAtOf(int n)
{
    return Timestamp::format(FirstApplied.addSecs(qint64(n) * 60));
}

// Adds applications first..first+count-1; returns an error text or nothing.
QString addApplications(TestDatabase &db, int first, int count)
{
    if (db.scalar(QStringLiteral("SELECT count(*) FROM tracks")).toInt() == 0) {
        const qint64 se = db.addTrack(QStringLiteral("SE"));
        const qint64 da = db.addTrack(QStringLiteral("DA"));
        db.addCohort(se, QStringLiteral("SE 2027 March"), 30);
        db.addCohort(da, QStringLiteral("DA 2027 March"), 30);
    }
    return db.addApplications(first, count,
                              [](int n, ApplicantRow &applicant, ApplicationRow &application) {
                                  applicant.createdAt = application.appliedAt = appliedAtOf(n);
                                  application.trackId = n % 2 + 1;
                                  application.cohortId = n % 10 == 0 ? 0 : application.trackId;
                                  application.status = Statuses::machineName(statusOf(n));
                              });
}

QString cell(const QAbstractItemModel &model, int row, int column)
{
    return model.data(model.index(row, column)).toString();
}
} // namespace

class TestApplicationTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void showsAnActiveStudentsRefundToday();
    void isEmptyUntilRefreshed();
    void countsEveryRowAndKeepsOnlyAFewPages();
    void readsRowsInIdOrder_data();
    void readsRowsInIdOrder();
    void showsApplicantTrackCohortStatusAndDate();
    void refreshPicksUpNewRows();
    void statusCountsAreTrue();
    void statusCountsLeaveOutStatusesWithoutApplications();
    void reportsDatabaseErrorsAsData();
    void sortsByEveryColumn_data();
    void sortsByEveryColumn();
    void filters_data();
    void filters();
    void searchFindsTheMiddleOfAnEmail();
    void searchAloneAgreesWithTheGeneralQuery();
    void staysSmallOnAHundredThousandRows();
    void everyColumnIsAnExportColumn();
};

void TestApplicationTableModel::init()
{
    // Every warning is a failure here, unless a test expects it.
    QTest::failOnWarning(QRegularExpression(QStringLiteral(".")));
}

// The Refund today column: days of money back left, and what a refund today comes to.
void TestApplicationTableModel::showsAnActiveStudentsRefundToday()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const qint64 track = db.addTrack(QStringLiteral("SE"));
    const qint64 cohort =
        db.addCohort(track, QStringLiteral("SE now"), 10, QDate::currentDate().addDays(-3));
    ApplicationRow student(db.addApplicant("Ada", "Lovelace", "ada@example.org"), track,
                           QStringLiteral("active"));
    student.cohortId = cohort;
    const qint64 id = db.addApplication(student);
    ApplicationRow applicant(db.addApplicant("Alan", "Turing", "alan@example.org"), track);
    applicant.cohortId = cohort;
    db.addApplication(applicant);
    PaymentService money(db.connectionName(), db.actor());
    QVERIFY_OK(money.setFees({cohort, QStringLiteral("USD"), 1000000, 100000}));
    PaymentService::Entry paid;
    paid.amountCents = 250000;
    QVERIFY_OK(money.record(id, paid));

    ApplicationTableModel model(db.connectionName());
    QVERIFY_OK(model.refresh());
    QCOMPARE(model.rowCount(), 2);
    const QString refund =
        QStringLiteral("11 days left · 100% · ") + Money{250000, "USD"}.display();
    QCOMPARE(cell(model, 0, ApplicationTableModel::RefundColumn), refund);
    QCOMPARE(cell(model, 1, ApplicationTableModel::RefundColumn), QString());

    // Worked out page by page, it has no order of its own: a sort by it changes nothing.
    QVERIFY(!ApplicationTableModel::isSortable(ApplicationTableModel::RefundColumn));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(ApplicationTableModel::RefundColumn, Qt::DescendingOrder);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.query().sortKey(), ApplicationQuery::SortKey::Id);
}

void TestApplicationTableModel::isEmptyUntilRefreshed()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString error = addApplications(db, 1, 10);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ApplicationTableModel model(db.connectionName());
    QAbstractItemModelTester tester(&model);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ApplicationTableModel::ColumnCount));
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 10);
}

void TestApplicationTableModel::countsEveryRowAndKeepsOnlyAFewPages()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const int count = 2000; // almost eight pages
    const QString error = addApplications(db, 1, count);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ApplicationTableModel model(db.connectionName());
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), count);
    for (int row = 0; row < count; ++row)
        QCOMPARE(cell(model, row, ApplicationTableModel::IdColumn), QString::number(row + 1));
    QVERIFY2(model.cachedRowCount() <=
                 ApplicationTableModel::CachedPages * ApplicationTableModel::PageSize,
             qPrintable(QString::number(model.cachedRowCount())));
    QVERIFY(!model.data(model.index(count, 0)).isValid());
}

void TestApplicationTableModel::readsRowsInIdOrder_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::newRow("forward") << QList<int>{0, 1, 255, 256, 511, 512, 1000, 1949};
    QTest::newRow("backward") << QList<int>{1949, 1536, 1535, 1000, 300, 99, 98, 0};
    QTest::newRow("jumps") << QList<int>{1000, 0, 1949, 700, 1200, 98, 99, 1024, 1023, 1025};
}

void TestApplicationTableModel::readsRowsInIdOrder()
{
    QFETCH(QList<int>, rows);
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    QString error = addApplications(db, 1, 2000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // A gap in the ids: pages are read by id, not by position.
    QSqlQuery remove(QSqlDatabase::database(db.connectionName()));
    QVERIFY2(remove.exec(QStringLiteral("DELETE FROM applications WHERE id BETWEEN 100 AND 149")),
             qPrintable(remove.lastError().text()));

    ApplicationTableModel model(db.connectionName());
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), 1950);
    for (int row : std::as_const(rows)) {
        const int id = row < 99 ? row + 1 : row + 51;
        QCOMPARE(cell(model, row, ApplicationTableModel::IdColumn), QString::number(id));
        QCOMPARE(cell(model, row, ApplicationTableModel::EmailColumn),
                 QStringLiteral("person%1@example.org").arg(id));
    }
}

void TestApplicationTableModel::showsApplicantTrackCohortStatusAndDate()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString error = addApplications(db, 1, 1000);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    ApplicationTableModel model(db.connectionName());
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.refresh());
    for (int n : {1, 10, 500, 1000}) {
        const int row = n - 1;
        QCOMPARE(cell(model, row, ApplicationTableModel::IdColumn), QString::number(n));
        QCOMPARE(cell(model, row, ApplicationTableModel::NameColumn),
                 QStringLiteral("First%1 Last%1").arg(n));
        QCOMPARE(cell(model, row, ApplicationTableModel::EmailColumn),
                 QStringLiteral("person%1@example.org").arg(n));
        QCOMPARE(cell(model, row, ApplicationTableModel::TrackColumn),
                 n % 2 ? QStringLiteral("DA") : QStringLiteral("SE"));
        QCOMPARE(cell(model, row, ApplicationTableModel::CohortColumn),
                 n % 10 == 0
                     ? QString()
                     : (n % 2 ? QStringLiteral("DA 2027 March") : QStringLiteral("SE 2027 March")));
        QCOMPARE(cell(model, row, ApplicationTableModel::StatusColumn),
                 Statuses::displayName(statusOf(n)));
        QCOMPARE(cell(model, row, ApplicationTableModel::AppliedColumn),
                 QLocale().toString(FirstApplied.addSecs(qint64(n) * 60).toLocalTime(),
                                    QLocale::ShortFormat));
    }
    QCOMPARE(model.headerData(ApplicationTableModel::StatusColumn, Qt::Horizontal).toString(),
             QStringLiteral("Status"));
}

void TestApplicationTableModel::refreshPicksUpNewRows()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    QString error = addApplications(db, 1, 300);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ApplicationTableModel model(db.connectionName());
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.refresh());
    QCOMPARE(cell(model, 299, ApplicationTableModel::IdColumn), QStringLiteral("300"));

    error = addApplications(db, 301, 50);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(model.rowCount(), 300); // the rows of the last refresh
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.refresh());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 350);
    QCOMPARE(cell(model, 349, ApplicationTableModel::IdColumn), QStringLiteral("350"));
    QCOMPARE(cell(model, 349, ApplicationTableModel::NameColumn),
             QStringLiteral("First350 Last350"));
}

void TestApplicationTableModel::statusCountsAreTrue()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const int count = 1000;
    const QString error = addApplications(db, 1, count);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const ApplicationCounts counts(db.connectionName());
    const auto byStatus = counts.byStatus();
    QVERIFY_OK(byStatus);
    QCOMPARE(byStatus->size(), Statuses::all().size());
    qint64 sum = 0;
    for (int i = 0; i < byStatus->size(); ++i) {
        const auto [status, n] = byStatus->at(i);
        QCOMPARE(status, Statuses::all().at(i)); // lifecycle order
        int expected = 0;
        for (int a = 1; a <= count; ++a)
            expected += statusOf(a) == status ? 1 : 0;
        QCOMPARE(n, qint64(expected));
        sum += n;
    }
    QCOMPARE(sum, qint64(count));
}

void TestApplicationTableModel::statusCountsLeaveOutStatusesWithoutApplications()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const ApplicationCounts counts(db.connectionName());
    auto byStatus = counts.byStatus();
    QVERIFY_OK(byStatus);
    QVERIFY(byStatus->isEmpty());

    const QString error = addApplications(db, 1, 3); // screening, interview_scheduled, interviewed
    QVERIFY2(error.isEmpty(), qPrintable(error));
    byStatus = counts.byStatus();
    QVERIFY_OK(byStatus);
    const QList<QPair<ApplicationStatus, qint64>> expected{
        {ApplicationStatus::Screening, 1},
        {ApplicationStatus::InterviewScheduled, 1},
        {ApplicationStatus::Interviewed, 1}};
    QCOMPARE(byStatus.value(), expected);
}

void TestApplicationTableModel::reportsDatabaseErrorsAsData()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString error = addApplications(db, 1, 600);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    ApplicationTableModel model(db.connectionName());
    QAbstractItemModelTester tester(&model);
    QSignalSpy failed(&model, &ApplicationTableModel::loadFailed);
    QSqlQuery alter(QSqlDatabase::database(db.connectionName()));

    // Counting fails: refresh() says why and the model is empty. Unfiltered, the list counts
    // from the totals by status.
    QVERIFY2(alter.exec(QStringLiteral("ALTER TABLE status_totals RENAME TO totals_gone")),
             qPrintable(alter.lastError().text()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("statement failed")));
    const Status refreshed = model.refresh();
    QVERIFY(!refreshed);
    QVERIFY(refreshed.error().sqlError.isValid());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY2(alter.exec(QStringLiteral("ALTER TABLE totals_gone RENAME TO status_totals")),
             qPrintable(alter.lastError().text()));

    // Reading a page fails: one report, from the event loop, and empty cells until refresh().
    QVERIFY(model.refresh());
    QCOMPARE(cell(model, 0, ApplicationTableModel::IdColumn), QStringLiteral("1"));
    QVERIFY2(alter.exec(QStringLiteral("ALTER TABLE cohorts RENAME TO cohorts_gone")),
             qPrintable(alter.lastError().text()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("statement failed")));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("reading page 2")));
    QVERIFY(!model.data(model.index(599, 0)).isValid());
    QVERIFY(!model.data(model.index(598, 0)).isValid());
    QCOMPARE(failed.count(), 0);
    QVERIFY(failed.wait());
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().first().value<Error>().message.isEmpty());
    QVERIFY(!model.data(model.index(300, 0)).isValid());
    QTest::qWait(10);
    QCOMPARE(failed.count(), 1);

    QVERIFY2(alter.exec(QStringLiteral("ALTER TABLE cohorts_gone RENAME TO cohorts")),
             qPrintable(alter.lastError().text()));
    QVERIFY(model.refresh());
    QCOMPARE(cell(model, 599, ApplicationTableModel::IdColumn), QStringLiteral("600"));
}

namespace {
// The fixture's value of a sort column for application n (see addApplications), as a string
// that sorts like SQLite sorts the column; NULL sorts first.
QString sortValue(int column, int n)
{
    switch (column) {
    case ApplicationTableModel::NameColumn:
        return QStringLiteral("last%1 first%1").arg(n);
    case ApplicationTableModel::EmailColumn:
        return QStringLiteral("person%1@example.org").arg(n);
    case ApplicationTableModel::TrackColumn:
        return n % 2 ? QStringLiteral("DA") : QStringLiteral("SE");
    case ApplicationTableModel::CohortColumn:
        return n % 10 == 0 ? QString() : (n % 2 ? QStringLiteral("1DA") : QStringLiteral("1SE"));
    case ApplicationTableModel::StatusColumn:
        return QStringLiteral("%1").arg(n % Statuses::all().size(), 2, 10, QLatin1Char('0'));
    case ApplicationTableModel::AppliedColumn:
    case ApplicationTableModel::LastChangeColumn:
        return QStringLiteral("%1").arg(n, 8, 10, QLatin1Char('0'));
    default: // id; phone, owner and score are empty in the fixture: ties broken by id
        return {};
    }
}

QList<int> idsInModelOrder(const ApplicationTableModel &model)
{
    QList<int> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << cell(model, row, ApplicationTableModel::IdColumn).toInt();
    return ids;
}
} // namespace

void TestApplicationTableModel::sortsByEveryColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    ApplicationTableModel names(QStringLiteral("unused"));
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        if (!ApplicationTableModel::isSortable(column))
            continue; // see showsAnActiveStudentsRefundToday
        const QString title = names.headerData(column, Qt::Horizontal).toString();
        QTest::addRow("%s ascending", qPrintable(title)) << column << Qt::AscendingOrder;
        QTest::addRow("%s descending", qPrintable(title)) << column << Qt::DescendingOrder;
    }
}

void TestApplicationTableModel::sortsByEveryColumn()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    constexpr int Count = 700; // three pages
    const QString error = addApplications(db, 1, Count);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QList<int> expected;
    for (int n = 1; n <= Count; ++n)
        expected << n;
    std::sort(expected.begin(), expected.end(), [column](int a, int b) {
        const QString ka = sortValue(column, a);
        const QString kb = sortValue(column, b);
        return ka != kb ? ka < kb : a < b;
    });
    if (order == Qt::DescendingOrder)
        std::reverse(expected.begin(), expected.end());

    ApplicationTableModel model(db.connectionName());
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.refresh());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.sort(column, order);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), Count);
    QCOMPARE(idsInModelOrder(model), expected);
}

void TestApplicationTableModel::filters_data()
{
    QTest::addColumn<ApplicationFilter>("filter");
    QTest::addColumn<int>("expected");
    constexpr int Count = 2000;
    auto count = [](const std::function<bool(int)> &keep) {
        int n = 0;
        for (int i = 1; i <= Count; ++i)
            n += keep(i) ? 1 : 0;
        return n;
    };
    const int statuses = Statuses::all().size();
    const int waitlisted = Statuses::all().indexOf(ApplicationStatus::Waitlisted);
    const int offered = Statuses::all().indexOf(ApplicationStatus::Offered);

    ApplicationFilter f;
    QTest::newRow("none") << f << Count;
    f.statuses = {ApplicationStatus::Waitlisted, ApplicationStatus::Offered};
    QTest::newRow("two statuses") << f << count([&](int n) {
        return n % statuses == waitlisted || n % statuses == offered;
    });
    f = {};
    f.trackId = 2; // DA: the odd applications
    QTest::newRow("track") << f << count([](int n) { return n % 2 == 1; });
    f.cohortId = 2;
    QTest::newRow("track and cohort") << f << count([](int n) { return n % 2 == 1 && n % 10; });
    f = {};
    // Applied n minutes after 2026-11-24 09:03: day 1 ends with n = 896.
    f.appliedFrom = QDate(2026, 11, 25);
    f.appliedTo = QDate(2026, 11, 25);
    QTest::newRow("one applied day")
        << f << count([](int n) { return n > 896 && n <= 896 + 1440; });
    f.statuses = {ApplicationStatus::Waitlisted};
    QTest::newRow("day and status")
        << f
        << count([&](int n) { return n > 896 && n <= 896 + 1440 && n % statuses == waitlisted; });
    f = {};
    f.search = QStringLiteral("on19"); // person19@, person190..199@, person1900..1999@
    QTest::newRow("search") << f << 111;
    f.search = QStringLiteral("on"); // in every email, at the start of none
    QTest::newRow("two characters are the start of a name or email") << f << 0;
    f.search = QStringLiteral("pE");
    QTest::newRow("two characters, any case") << f << Count;
    f.search = QStringLiteral("15"); // application 15 by its id
    QTest::newRow("two digits are an id") << f << 1;
    f.search = QStringLiteral("7");
    QTest::newRow("one digit is an id") << f << 1;
    f.search = QStringLiteral("o");
    QTest::newRow("one character matches nothing, never everything") << f << 0;
}

void TestApplicationTableModel::filters()
{
    QFETCH(ApplicationFilter, filter);
    QFETCH(int, expected);
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString error = addApplications(db, 1, 2000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The fixture writes applicants with plain SQL, past the index.
    QVERIFY(ApplicationSearchIndex(db.connectionName()).rebuild().ok());

    ApplicationTableModel model(db.connectionName());
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), expected);
    model.sort(ApplicationTableModel::AppliedColumn, Qt::DescendingOrder);
    QCOMPARE(model.rowCount(), expected);
    QCOMPARE(model.query().filter(), filter); // sorting keeps the filter
    for (int row = 0; row < model.rowCount(); row += 97) {
        const int n = cell(model, row, ApplicationTableModel::IdColumn).toInt();
        if (!filter.statuses.isEmpty())
            QVERIFY(filter.statuses.contains(statusOf(n)));
        if (filter.trackId)
            QCOMPARE(n % 2 + 1, int(filter.trackId));
        if (!filter.search.isEmpty() && filter.search.size() >= 3)
            QVERIFY(cell(model, row, ApplicationTableModel::EmailColumn).contains(filter.search));
    }
}

void TestApplicationTableModel::searchFindsTheMiddleOfAnEmail()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    const QString error = addApplications(db, 1, 1000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(ApplicationSearchIndex(db.connectionName()).rebuild().ok());
    ApplicationTableModel model(db.connectionName());
    QAbstractItemModelTester tester(&model);
    ApplicationFilter filter;
    filter.search = QStringLiteral("SON123@EX"); // neither the start nor the end, any case
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, ApplicationTableModel::EmailColumn),
             QStringLiteral("person123@example.org"));
}

// A search alone is counted and paged inside the search index; with any other filter, by the
// general query. Both must give the same applications in the same order, second applications
// of an applicant included.
void TestApplicationTableModel::searchAloneAgreesWithTheGeneralQuery()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    QString error = addApplications(db, 1, 2000);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    db.scalar("INSERT INTO applications (applicant_id, track_id, status, applied_at, "
              "status_changed_at, updated_at) SELECT id, 1, 'applied', created_at, created_at, "
              "created_at FROM applicants WHERE id <= 300");
    // Applicants 2001-2300, whom the search does not find, share their ids with those second
    // applications: a mix-up of applicant and application ids would show them.
    db.scalar("INSERT INTO applicants (id, first_name, last_name, email, email_norm, created_at, "
              "updated_at) SELECT id + 2000, 'No', 'Body', 'nobody' || id || '@example.org', "
              "'nobody' || id || '@example.org', created_at, updated_at FROM applicants "
              "WHERE id <= 300");
    db.scalar("INSERT INTO applications (applicant_id, track_id, status, applied_at, "
              "status_changed_at, updated_at) SELECT id, 1, 'applied', created_at, created_at, "
              "created_at FROM applicants WHERE id > 2000");
    QVERIFY(ApplicationSearchIndex(db.connectionName()).rebuild().ok());

    ApplicationFilter searchOnly;
    searchOnly.search = QStringLiteral("on1"); // person1, 10-19, 100-199 (twice), 1000-1999
    ApplicationFilter general = searchOnly;
    general.statuses = Statuses::all();
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        ApplicationTableModel fast(db.connectionName());
        ApplicationTableModel full(db.connectionName());
        QAbstractItemModelTester fastTester(&fast);
        QVERIFY(fast.setFilter(searchOnly));
        QVERIFY(full.setFilter(general));
        fast.sort(ApplicationTableModel::IdColumn, order);
        full.sort(ApplicationTableModel::IdColumn, order);
        QCOMPARE(fast.rowCount(), 1 + 10 + 100 + 1000 + 1 + 10 + 100);
        QCOMPARE(fast.rowCount(), full.rowCount());
        for (int row = 0; row < full.rowCount(); ++row) {
            QCOMPARE(fast.applicationId(row), full.applicationId(row));
            QVERIFY(cell(fast, row, ApplicationTableModel::EmailColumn).contains("on1"));
        }
        // Application 2199 is the second one of applicant 199.
        QCOMPARE(fast.applicationId(0), order == Qt::AscendingOrder ? 1 : 2199);
    }
}

void TestApplicationTableModel::staysSmallOnAHundredThousandRows()
{
    TestDatabase db;
    QVERIFY2(db.isOpen(), qPrintable(db.openError()));
    constexpr int Count = 100000;
    const QString error = addApplications(db, 1, Count);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(ApplicationSearchIndex(db.connectionName()).rebuild().ok());

    ApplicationTableModel model(db.connectionName());
    QAbstractItemModelTester tester(&model);
    QVERIFY(model.refresh());
    QCOMPARE(model.rowCount(), Count);
    QCOMPARE(cell(model, Count - 1, ApplicationTableModel::IdColumn), QString::number(Count));
    QCOMPARE(cell(model, 50000, ApplicationTableModel::IdColumn), QStringLiteral("50001"));

    model.sort(ApplicationTableModel::AppliedColumn, Qt::DescendingOrder);
    QCOMPARE(cell(model, 0, ApplicationTableModel::IdColumn), QString::number(Count));
    QCOMPARE(cell(model, Count - 1, ApplicationTableModel::IdColumn), QStringLiteral("1"));
    model.sort(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(cell(model, 0, ApplicationTableModel::NameColumn), QStringLiteral("First1 Last1"));
    QCOMPARE(cell(model, 1, ApplicationTableModel::NameColumn), QStringLiteral("First10 Last10"));

    ApplicationFilter filter;
    filter.statuses = {ApplicationStatus::Waitlisted};
    filter.search = QStringLiteral("son99");
    QVERIFY(model.setFilter(filter));
    int expected = 0;
    for (int n = 1; n <= Count; ++n)
        expected += statusOf(n) == ApplicationStatus::Waitlisted &&
                            QStringLiteral("person%1@").arg(n).contains(QLatin1String("son99"))
                        ? 1
                        : 0;
    QCOMPARE(model.rowCount(), expected);
    QVERIFY(expected > 0);
    QVERIFY(model.cachedRowCount() <=
            ApplicationTableModel::CachedPages * ApplicationTableModel::PageSize);
}

// Exporting "Applications on Screen" names the view's columns by the export's names.
void TestApplicationTableModel::everyColumnIsAnExportColumn()
{
    QStringList inViewOrder;
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        const QStringList names =
            ApplicationTableModel::exportColumnsOf(ApplicationTableModel::Column(column));
        QVERIFY2(!names.isEmpty(), qPrintable(QString::number(column)));
        inViewOrder << names;
    }
    QCOMPARE(ApplicationExport::unknownColumns(inViewOrder), QStringList());
    QCOMPARE(inViewOrder, ApplicationExport::screenColumns());
}

QTEST_GUILESS_MAIN(TestApplicationTableModel)
#include "tst_applicationtablemodel.moc"
