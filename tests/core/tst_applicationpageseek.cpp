// The applications list's pages read on from a row's sort terms (from a recorded anchor, or
// from the page beside it) are exactly the pages LIMIT … OFFSET reads, under every sort and
// the filters a person uses, on a list of several anchors with ties and NULLs in every key.
#include "browse/applicationpageids.h"
#include "browse/applicationsearchindex.h"
#include "browse/applicationtablemodel.h"
#include "domain/applicationstatus.h"
#include "domain/timestamp.h"
#include "testdatabase.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <memory>
#include <random>

Q_DECLARE_METATYPE(ApplicationFilter)
Q_DECLARE_METATYPE(ApplicationQuery::SortKey)

namespace {
constexpr int Count = 3000; // 12 pages, so 12 anchors
constexpr int PageSize = ApplicationTableModel::PageSize;
constexpr int WalkedRowsPerRow = 16; // ApplicationPageIds's budget
const QDateTime FirstApplied(QDate(2026, 11, 24), QTime(9, 3, 2), Qt::UTC);
const QStringList LastNames = {QStringLiteral("Smith"),   QStringLiteral("smith"),
                               QStringLiteral("Ng"),      QStringLiteral("Nguyen"),
                               QStringLiteral("O'Brien"), QStringLiteral("zeta")};

// Every statement the connections run, from the SQL trace (admissions.sql.trace), while on.
struct StatementLog
{
    QMutex mutex;
    bool on = false;
    QStringList statements;
    QtMessageHandler previous = nullptr;

    int offsetReads()
    {
        const QMutexLocker lock(&mutex);
        return int(statements.filter(QStringLiteral(" OFFSET ")).size());
    }
    // Reads with a LIMIT, where SQLite may sort the matches: at an offset, or a seek.
    int sortedReads()
    {
        const QMutexLocker lock(&mutex);
        return int(statements.filter(QStringLiteral(" LIMIT ")).size());
    }
    // Walks of the sort's order that keep the filter's matches (ApplicationQuery::walkRanges).
    int walks()
    {
        const QMutexLocker lock(&mutex);
        return int(statements.filter(QStringLiteral(") IS TRUE FROM ")).size());
    }
    void start()
    {
        const QMutexLocker lock(&mutex);
        statements.clear();
        on = true;
    }
};
StatementLog statementLog;

void logStatement(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (qstrcmp(context.category, "admissions.sql.trace") == 0) {
        const QMutexLocker lock(&statementLog.mutex);
        if (statementLog.on)
            statementLog.statements << message;
        return;
    }
    statementLog.previous(type, context, message);
}

// The ids LIMIT … OFFSET gives, page after page, for the query.
QList<qint64> offsetPages(const QString &connection, const ApplicationQuery &query, int rows)
{
    QList<qint64> ids;
    QSqlQuery q(QSqlDatabase::database(connection));
    for (int first = 0; first < rows; first += PageSize) {
        q.prepare(query.pageIdsSql());
        for (const QVariant &value : query.values())
            q.addBindValue(value);
        q.addBindValue(PageSize);
        q.addBindValue(first);
        if (!q.exec())
            qFatal("%s", qPrintable(q.lastError().text()));
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

QList<qint64> rowsInPageOrder(const ApplicationTableModel &model, const QList<int> &pages)
{
    QList<qint64> ids(model.rowCount());
    for (int page : pages) {
        for (int row = page * PageSize; row < qMin(model.rowCount(), (page + 1) * PageSize); ++row)
            ids[row] = model.applicationId(row);
    }
    return ids;
}
} // namespace

class TestApplicationPageSeek : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pagesReadOnFromAKeyAreTheOffsetPages_data();
    void pagesReadOnFromAKeyAreTheOffsetPages();
    void aViewGetsAFarPageFromTheBackground();
    void aWalkGivesWayWhereMatchesAreSparse_data();
    void aWalkGivesWayWhereMatchesAreSparse();

private:
    std::unique_ptr<TestDatabase> m_db;
};

void TestApplicationPageSeek::initTestCase()
{
    // Before the connections open: they trace only when it is on then.
    QLoggingCategory::setFilterRules(QStringLiteral("admissions.sql.trace.debug=true"));
    statementLog.previous = qInstallMessageHandler(logStatement);
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    const qint64 se = m_db->addTrack(QStringLiteral("SE"));
    const qint64 da = m_db->addTrack(QStringLiteral("DA"));
    m_db->addCohort(se, QStringLiteral("SE 2027 March"), 30);
    m_db->addCohort(da, QStringLiteral("da 2027 march"), 30);
    // Ties everywhere: six last names in two cases, first names and times five apart, two
    // applications of each odd applicant, and no cohort, phone, score or owner on many.
    const QString error = m_db->addApplications(
        1, Count, [](int n, ApplicantRow &applicant, ApplicationRow &application) {
            applicant.lastName = LastNames.at(n % LastNames.size());
            applicant.firstName = QStringLiteral("First%1").arg(n % 5);
            applicant.phone = n % 4 == 0 ? QString() : QStringLiteral("+49 30 %1").arg(n % 40);
            application.applicantId = n % 2 == 0 ? n - 1 : n;
            application.appliedAt = Timestamp::format(FirstApplied.addSecs(qint64(n / 5) * 420));
            application.trackId = n % 2 + 1;
            application.cohortId = n % 10 == 0 ? 0 : application.trackId;
            application.status =
                Statuses::machineName(Statuses::all().at(n % Statuses::all().size()));
        });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 zoe = m_db->addStaff(QStringLiteral("Zoe"));
    const qint64 adam = m_db->addStaff(QStringLiteral("adam"));
    m_db->scalar(QStringLiteral("UPDATE applications SET score = CASE WHEN id % 4 = 0 THEN NULL "
                                "ELSE id % 10 END, owner_id = CASE id % 3 WHEN 0 THEN NULL "
                                "WHEN 1 THEN ? ELSE ? END"),
                 {zoe, adam});
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM applications WHERE score IS NULL "
                                         "AND owner_username IS NULL AND cohort_name IS NULL")),
             QVariant(qint64(Count / 60)));
    QVERIFY(ApplicationSearchIndex(m_db->connectionName()).rebuild().ok());
}

void TestApplicationPageSeek::cleanupTestCase()
{
    m_db.reset();
    qInstallMessageHandler(statementLog.previous);
}

void TestApplicationPageSeek::pagesReadOnFromAKeyAreTheOffsetPages_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<ApplicationFilter>("filter");
    ApplicationFilter track;
    track.trackId = 1;
    ApplicationFilter statuses;
    statuses.statuses = Statuses::all().mid(0, 12);
    ApplicationFilter trackAndDays;
    trackAndDays.trackId = 2;
    trackAndDays.appliedFrom = QDate(2026, 11, 24);
    trackAndDays.appliedTo = QDate(2026, 11, 26);
    const QList<std::pair<const char *, ApplicationFilter>> filters = {
        {"everything", {}},
        {"a track", track},
        {"statuses", statuses},
        {"a track and days", trackAndDays}};
    ApplicationTableModel names(QStringLiteral("unused"));
    for (int column = 0; column < ApplicationTableModel::ColumnCount; ++column) {
        if (!ApplicationTableModel::isSortable(column))
            continue;
        const QString title = names.headerData(column, Qt::Horizontal).toString();
        for (const auto &[name, filter] : filters) {
            QTest::addRow("%s ascending, %s", qPrintable(title), name)
                << column << Qt::AscendingOrder << filter;
            QTest::addRow("%s descending, %s", qPrintable(title), name)
                << column << Qt::DescendingOrder << filter;
        }
    }
}

void TestApplicationPageSeek::pagesReadOnFromAKeyAreTheOffsetPages()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(ApplicationFilter, filter);
    const ApplicationQuery query(filter, ApplicationTableModel::sortKeyOf(column), order);
    QVERIFY(query.canSeek());

    ApplicationTableModel jumping(m_db->connectionName());
    QSignalSpy recorded(&jumping, &ApplicationTableModel::anchorsReady);
    QVERIFY(jumping.setQuery(query));
    const int rows = jumping.rowCount();
    QVERIFY2(rows > ApplicationTableModel::CachedPages * PageSize,
             "a list long enough to record anchors");
    const QList<qint64> expected = offsetPages(m_db->connectionName(), query, rows);
    QCOMPARE(expected.size(), rows);

    // Jumping about the list, each page read from its anchor: no offset.
    QVERIFY(recorded.wait(20000));
    const int pages = (rows + PageSize - 1) / PageSize;
    QList<int> jumps;
    for (int i = 0; i < pages; ++i)
        jumps << i;
    std::shuffle(jumps.begin(), jumps.end(), std::mt19937(column * 10 + pages));
    statementLog.start();
    QCOMPARE(rowsInPageOrder(jumping, jumps), expected);
    QVERIFY(statementLog.sortedReads() + statementLog.walks() >= pages);
    QCOMPARE(statementLog.offsetReads(), 0);

    // Before any anchor (the event loop does not run, so none arrives): down the list, each
    // page read on from the one above it; up the list, from the one below. Only the first page
    // of each walk is read at an offset, unless a filter's matches are dense enough at that end
    // for a walk of the sort's order.
    QList<int> down;
    for (int i = 0; i < pages; ++i)
        down << i;
    QList<int> up(down.rbegin(), down.rend());
    for (const QList<int> &walk : {down, up}) {
        ApplicationTableModel walking(m_db->connectionName());
        QVERIFY(walking.setQuery(query));
        statementLog.start();
        QCOMPARE(rowsInPageOrder(walking, walk), expected);
        if (query.canWalk())
            QVERIFY(statementLog.offsetReads() <= 1);
        else
            QCOMPARE(statementLog.offsetReads(), 1);
    }
}

// A view never waits for a page far from both ends that no anchor reaches: its rows show a
// placeholder until the page is read on a worker thread; pages near the ends and anchored ones
// are read at once.
void TestApplicationPageSeek::aViewGetsAFarPageFromTheBackground()
{
    ApplicationFilter everyone;
    everyone.search = QStringLiteral("example"); // every email; a search records no anchors
    for (const ApplicationFilter &filter : {everyone, ApplicationFilter()}) {
        const ApplicationQuery query(filter, ApplicationQuery::SortKey::Name);
        ApplicationTableModel model(m_db->connectionName());
        model.setReadsFarPagesInBackground(true);
        QSignalSpy recorded(&model, &ApplicationTableModel::anchorsReady);
        QVERIFY(model.setQuery(query));
        QCOMPARE(model.rowCount(), Count);
        const QList<qint64> expected = offsetPages(m_db->connectionName(), query, Count);
        const auto id = [&model](int row) {
            return model.data(model.index(row, ApplicationTableModel::IdColumn)).toString();
        };
        const auto name = [&model](int row) {
            return model.data(model.index(row, ApplicationTableModel::NameColumn)).toString();
        };

        QCOMPARE(id(10), QString::number(expected.at(10)));
        QCOMPARE(id(Count - 1), QString::number(expected.at(Count - 1)));
        const int far = 6 * PageSize + 3;
        QVERIFY(far > ApplicationTableModel::NearRows &&
                Count - far > ApplicationTableModel::NearRows);
        if (filter.search.isEmpty()) {
            QVERIFY(recorded.wait(20000));
            QCOMPARE(id(far), QString::number(expected.at(far)));
            continue;
        }
        QCOMPARE(name(far), QStringLiteral("Loading…"));
        QCOMPARE(id(far), QString());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(changed.wait(20000));
        const QModelIndex first = changed.constFirst().at(0).toModelIndex();
        const QModelIndex last = changed.constFirst().at(1).toModelIndex();
        QCOMPARE(first.row(), 6 * PageSize);
        QCOMPARE(last.row(), 7 * PageSize - 1);
        QCOMPARE(id(far), QString::number(expected.at(far)));
        QVERIFY(name(far) != QStringLiteral("Loading…"));
        QCOMPARE(recorded.count(), 0);
    }
}

void TestApplicationPageSeek::aWalkGivesWayWhereMatchesAreSparse_data()
{
    QTest::addColumn<ApplicationFilter>("filter");
    QTest::addColumn<ApplicationQuery::SortKey>("key");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<bool>("sparse");
    // Every other application, evenly in the order they applied in.
    ApplicationFilter track;
    track.trackId = 1;
    // One in as many as there are statuses, sparser than a walk allows.
    ApplicationFilter status;
    status.statuses = {Statuses::all().at(3)};
    QVERIFY(Statuses::all().size() > WalkedRowsPerRow);
    using K = ApplicationQuery::SortKey;
    for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        const char *direction = order == Qt::AscendingOrder ? "ascending" : "descending";
        QTest::addRow("dense, applied %s", direction) << track << K::Applied << order << false;
        for (const auto &[name, key] : {std::pair{"score", K::Score}, std::pair{"applied", K::Applied},
                                        std::pair{"name", K::Name}})
            QTest::addRow("sparse, %s %s", name, direction) << status << key << order << true;
    }
}

// A few rows at a time, so that the walk's budget (16 rows walked for each row wanted) runs
// out where one row in more than 16 matches: those reads sort the matches instead, and every
// read gives exactly the rows LIMIT … OFFSET does, down the list and up.
void TestApplicationPageSeek::aWalkGivesWayWhereMatchesAreSparse()
{
    QFETCH(ApplicationFilter, filter);
    QFETCH(ApplicationQuery::SortKey, key);
    QFETCH(Qt::SortOrder, order);
    QFETCH(bool, sparse);
    constexpr int Few = 4;
    const ApplicationQuery query(filter, key, order);
    QVERIFY(query.canWalk());
    const int rows = m_db->scalar(QStringLiteral("SELECT count(*) FROM (%1)")
                                      .arg(query.selectSql(QStringLiteral("a.id"))),
                                  query.values())
                         .toInt();
    QVERIFY(rows > 10 * Few);
    const QList<qint64> expected = offsetPages(m_db->connectionName(), query, rows);
    const ApplicationPageIds pages(m_db->connectionName(), query);
    statementLog.start();
    for (const bool down : {true, false}) {
        auto first = pages.at(down ? 0 : rows - Few, Few, rows);
        QVERIFY(first.ok());
        QList<ApplicationPageIds::Entry> read = first.value();
        while (read.size() < rows) {
            const int count = qMin(Few, rows - int(read.size()));
            auto more = down ? pages.from(read.constLast().key, false, true, count)
                             : pages.from(read.constFirst().key, false, false, count);
            QVERIFY(more.ok());
            QCOMPARE(more.value().size(), count);
            read = down ? read + more.value() : more.value() + read;
        }
        QList<qint64> ids;
        for (const ApplicationPageIds::Entry &entry : std::as_const(read))
            ids << entry.id;
        QCOMPARE(ids, expected);
    }
    QVERIFY(statementLog.walks() > 0);
    QCOMPARE(statementLog.sortedReads() > 0, sparse);
}

QTEST_GUILESS_MAIN(TestApplicationPageSeek)
#include "tst_applicationpageseek.moc"
