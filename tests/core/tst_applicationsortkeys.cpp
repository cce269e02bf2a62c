#include "browse/applicationquery.h"
#include "domain/applicationstatus.h"
#include "repositories/applicationrepository.h"
#include "testdatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace {
using Key = ApplicationQuery::SortKey;

const QList<Key> &allKeys()
{
    static const QList<Key> keys = {Key::Id,     Key::Name,  Key::Email,   Key::Phone,
                                    Key::Track,  Key::Cohort, Key::Status, Key::Owner,
                                    Key::Applied, Key::LastChange, Key::Score};
    return keys;
}

// The order of each key as the list wrote it before schema v21 and v24 put the keys on the
// application (ApplicationQuery then joined the names and ranked the status with a CASE): the
// order a person saw, which the sort keys must keep. Only people of the same name now follow
// the application's id, not the applicant's (v24: the name's index ends in the id).
QString oldOrder(Key key)
{
    switch (key) {
    case Key::Id:
        return {};
    case Key::Name:
        return "p.last_name COLLATE NOCASE %1, p.first_name COLLATE NOCASE %1";
    case Key::Email:
        return "p.email_norm %1";
    case Key::Phone:
        return "p.phone_norm %1";
    case Key::Track:
        return "t.code %1";
    case Key::Cohort:
        return "c.name %1";
    case Key::Status: {
        QString ranks;
        for (int i = 0; i < Statuses::all().size(); ++i)
            ranks += QStringLiteral(" WHEN '%1' THEN %2")
                         .arg(Statuses::machineName(Statuses::all().at(i)))
                         .arg(i);
        return "CASE a.status" + ranks + " END %1";
    }
    case Key::Owner:
        return "u.username COLLATE NOCASE %1";
    case Key::Applied:
        return "a.applied_at %1";
    case Key::LastChange:
        return "a.status_changed_at %1";
    case Key::Score:
        return "a.score %1";
    }
    return {};
}

QString oldSql(Key key, Qt::SortOrder order, const QString &where)
{
    const QString direction = order == Qt::AscendingOrder ? "ASC" : "DESC";
    QString sql = "SELECT a.id FROM applications a "
                  "LEFT JOIN applicants p ON p.id = a.applicant_id "
                  "LEFT JOIN tracks t ON t.id = a.track_id "
                  "LEFT JOIN cohorts c ON c.id = a.cohort_id "
                  "LEFT JOIN staff_users u ON u.id = a.owner_id " +
                  where + " ORDER BY ";
    if (key != Key::Id)
        sql += oldOrder(key).arg(direction) + ", ";
    return sql + "a.id " + direction;
}

// A single filter of each kind the list offers, and the WHERE clause it was before.
struct Filtered
{
    const char *name;
    ApplicationFilter filter;
    QString where;
};

QList<Filtered> filters()
{
    QList<Filtered> all;
    all << Filtered{"unfiltered", {}, {}};
    ApplicationFilter status;
    status.statuses = {ApplicationStatus::Screening};
    all << Filtered{"status", status, "WHERE a.status = 'screening'"};
    ApplicationFilter track;
    track.trackId = 2;
    all << Filtered{"track", track, "WHERE a.track_id = 2"};
    ApplicationFilter cohort;
    cohort.cohortId = 2;
    all << Filtered{"cohort", cohort, "WHERE a.cohort_id = 2"};
    ApplicationFilter owner;
    owner.ownerId = 2;
    all << Filtered{"owner", owner, "WHERE a.owner_id = 2"};
    return all;
}
} // namespace

class TestApplicationSortKeys : public QObject
{
    Q_OBJECT

    QSqlDatabase connection() const { return QSqlDatabase::database(m_db->connectionName()); }

    // The ids the statement reads, in its order; {-1} when it fails.
    static QList<qint64> idsRead(QSqlQuery &q, const QVariantList &values = {})
    {
        for (const QVariant &value : values)
            q.addBindValue(value);
        QList<qint64> ids;
        if (!q.exec())
            return {-1};
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    // Every row of the query's order, read as the table reads a page.
    QList<qint64> idsOf(const ApplicationQuery &query) const
    {
        QSqlQuery q(connection());
        q.prepare(query.pageIdsSql());
        return idsRead(q, query.values() << -1 << 0);
    }

    QList<qint64> idsOf(const QString &sql) const
    {
        QSqlQuery q(connection());
        q.prepare(sql);
        return idsRead(q);
    }

    QString run(const QString &sql) const
    {
        QSqlQuery q(connection());
        return q.exec(sql) ? QString() : q.lastError().text();
    }

    // Every key, both directions, every single filter: the new order is the old one.
    void compareEveryOrder()
    {
        for (const Filtered &filtered : filters()) {
            for (Key key : allKeys()) {
                for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                    const QList<qint64> expected = idsOf(oldSql(key, order, filtered.where));
                    QVERIFY(!expected.isEmpty());
                    QCOMPARE(idsOf(ApplicationQuery(filtered.filter, key, order)), expected);
                }
            }
        }
    }

    std::unique_ptr<TestDatabase> m_db;

private Q_SLOTS:
    void init();
    void keepsTheOrderAPersonSaw();
    void keepsTheOrderAfterRenamesMovesAndNewRows();
    void deskInsertsWriteTheKeysThemselves();
    void otherProgramsInsertsGetTheirKeys();
    void rowsWithTheirKeysAreWrittenOnce();
    void ranksStatusesInLifecycleOrder();
    void walksAnIndexForTheFirstPageOfEverySort();
};

// 120 applications with ties and NULLs in every key: names equal but for case, empty and
// shared phones, no cohort or owner or score, cohorts whose names differ only by case (names
// compare with case, usernames without).
void TestApplicationSortKeys::init()
{
    m_db.reset(); // its connection's name is the next one's
    m_db = std::make_unique<TestDatabase>();
    QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
    const qint64 se = m_db->addTrack("SE");
    const qint64 da = m_db->addTrack("da");
    m_db->addCohort(se, "b-2027", 30);
    m_db->addCohort(da, "B-2027", 30);
    m_db->addCohort(se, "a-2027", 30);
    m_db->addStaff("zoe");
    m_db->addStaff("Adam");
    m_db->addStaff("bob");
    const QStringList lastNames = {"Smith", "smith", "Ölsen", "Adams"};
    const QStringList phones = {"", "+4915112345", "+4915112345", "030123", ""};
    const QString error = m_db->addApplications(
        1, 120, [&](int n, ApplicantRow &applicant, ApplicationRow &application) {
            applicant.lastName = lastNames.at(n % lastNames.size());
            applicant.firstName = n % 3 ? "Ann" : "ann";
            applicant.phone = phones.at(n % phones.size());
            application.trackId = n % 2 ? se : da;
            application.cohortId = n % 4 == 0 ? 0 : n % 3 + 1;
            application.status = Statuses::machineName(
                Statuses::all().at((n * 7) % Statuses::all().size()));
            application.appliedAt = QStringLiteral("2026-11-%1T09:00:00.000Z").arg(10 + n % 5);
            application.statusChangedAt =
                QStringLiteral("2026-12-%1T09:00:00.000Z").arg(10 + n % 7);
        });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Owners and scores, with ties and NULLs.
    QCOMPARE(run("UPDATE applications SET owner_id = CASE id % 5 WHEN 0 THEN NULL "
                 "ELSE (SELECT id FROM staff_users WHERE username = CASE applications.id % 3 "
                 "WHEN 0 THEN 'zoe' WHEN 1 THEN 'Adam' ELSE 'bob' END) END, "
                 "score = CASE id % 6 WHEN 0 THEN NULL ELSE id % 9 * 10 END"),
             QString());
    // Sources and campaigns (copied by v27), with none of either.
    QCOMPARE(run("UPDATE applicants SET source = CASE id % 3 WHEN 0 THEN '' WHEN 1 THEN 'google' "
                 "ELSE 'referral' END, campaign = CASE id % 4 WHEN 0 THEN 'spring' ELSE '' END"),
             QString());
}

void TestApplicationSortKeys::keepsTheOrderAPersonSaw()
{
    compareEveryOrder();
}

// The copies of the cohort's name, the owner's username and the applicant's phone, name, email,
// source and campaign follow every change of the cohort, the user, the applicant and the application, and
// new applications.
void TestApplicationSortKeys::keepsTheOrderAfterRenamesMovesAndNewRows()
{
    QCOMPARE(run("UPDATE cohorts SET name = 'A-2026' WHERE id = 1"), QString());
    QCOMPARE(run("UPDATE staff_users SET username = 'Carl' WHERE username = 'zoe'"), QString());
    QCOMPARE(run("UPDATE applicants SET phone = '+1', phone_norm = '+1' WHERE id % 7 = 0"),
             QString());
    // A rename, a change of case alone, a first name alone, and new emails.
    QCOMPARE(run("UPDATE applicants SET last_name = 'Baker' WHERE id % 5 = 0"), QString());
    QCOMPARE(run("UPDATE applicants SET last_name = upper(last_name) WHERE id % 6 = 0"),
             QString());
    QCOMPARE(run("UPDATE applicants SET first_name = 'Zed' WHERE id % 8 = 0"), QString());
    // The source and campaign the reports count by (v27): each alone, and both.
    QCOMPARE(run("UPDATE applicants SET source = 'meetup' WHERE id % 4 = 0"), QString());
    QCOMPARE(run("UPDATE applicants SET campaign = 'fall-' || (id % 3) WHERE id % 5 = 1"),
             QString());
    QCOMPARE(run("UPDATE applicants SET source = 'ads', campaign = 'x' WHERE id % 9 = 0"),
             QString());
    QCOMPARE(run("UPDATE applicants SET email = 'a' || (200 - id) || '@example.org', "
                 "email_norm = 'a' || (200 - id) || '@example.org' WHERE id % 3 = 0"),
             QString());
    QCOMPARE(run("UPDATE applications SET cohort_id = 3, owner_id = NULL WHERE id % 11 = 0"),
             QString());
    QCOMPARE(run("UPDATE applications SET cohort_id = NULL, owner_id = 2 WHERE id % 13 = 0"),
             QString());
    QCOMPARE(run("UPDATE applications SET applicant_id = 5 WHERE id % 17 = 0"), QString());
    QCOMPARE(run("UPDATE applications SET status = 'placed' WHERE id % 19 = 0"), QString());
    const QString error = m_db->addApplications(
        121, 20, [](int n, ApplicantRow &applicant, ApplicationRow &application) {
            applicant.phone = n % 2 ? "" : "+4915112345";
            application.trackId = 2;
            application.cohortId = n % 3 ? 1 : 0;
        });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(run("UPDATE applications SET owner_id = 3 WHERE id > 130"), QString());
    QCOMPARE(m_db->staleSortKeys(), 0);
    compareEveryOrder();
}

// The desk's own insert puts the keys in its row: right without the trigger that would fill
// them, with a cohort, an owner and a phone, and with none of them.
void TestApplicationSortKeys::deskInsertsWriteTheKeysThemselves()
{
    const QDateTime at(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    const auto insert = [&](qint64 applicantId, qint64 cohortId, qint64 ownerId) {
        Application a;
        a.applicantId = applicantId;
        a.trackId = 1;
        a.cohortId = cohortId;
        a.ownerId = ownerId;
        a.appliedAt = a.statusChangedAt = a.updatedAt = at;
        auto id = ApplicationRepository(m_db->connectionName()).insert(a);
        return id ? QString() : id.error().text();
    };
    const qint64 adam =
        m_db->scalar("SELECT id FROM staff_users WHERE username = 'Adam'").toLongLong();
    QVERIFY(adam > 0);
    QCOMPARE(m_db->withoutGuards({"applications_sort_keys_new"},
                                 [&] {
                                     QString failed = insert(2, 1, adam); // phone +4915112345
                                     if (failed.isEmpty())
                                         failed = insert(5, 0, 0); // no phone
                                     return failed;
                                 }),
             QString());
    QCOMPARE(m_db->scalar("SELECT count(*) FROM applications WHERE id > 120").toInt(), 2);
    QCOMPARE(m_db->staleSortKeys(), 0);
    compareEveryOrder();
}

// Another program's plain INSERT, without the keys or with wrong ones (a name of another case
// too, an applicant's last name with another case, another applicant's first name and email),
// still gets the keys from the trigger.
void TestApplicationSortKeys::otherProgramsInsertsGetTheirKeys()
{
    QCOMPARE(run("INSERT INTO applications (applicant_id, track_id, cohort_id, owner_id, status, "
                 "applied_at, status_changed_at, updated_at) VALUES "
                 "(2, 1, 1, 2, 'applied', '2026-12-01', '2026-12-01', '2026-12-01'), "
                 "(5, 1, NULL, NULL, 'applied', '2026-12-01', '2026-12-01', '2026-12-01')"),
             QString());
    QCOMPARE(run("INSERT INTO applications (applicant_id, track_id, cohort_id, owner_id, status, "
                 "applied_at, status_changed_at, updated_at, cohort_name, owner_username, "
                 "applicant_phone) VALUES "
                 "(3, 1, 1, 2, 'applied', '2026-12-01', '2026-12-01', '2026-12-01', "
                 "'B-2027', 'ADAM', '+4915112345'), "
                 "(4, 1, NULL, NULL, 'applied', '2026-12-01', '2026-12-01', '2026-12-01', "
                 "'b-2027', 'zoe', NULL), "
                 "(6, 1, 2, 3, 'applied', '2026-12-01', '2026-12-01', '2026-12-01', "
                 "NULL, NULL, '')"),
             QString());
    QCOMPARE(run("INSERT INTO applications (applicant_id, track_id, status, applied_at, "
                 "status_changed_at, updated_at, applicant_phone, applicant_last_name, "
                 "applicant_first_name, applicant_email) SELECT p.id, 1, 'applied', '2026-12-01', "
                 "'2026-12-01', '2026-12-01', p.phone_norm, upper(p.last_name), p.first_name, "
                 "p.email_norm FROM applicants p WHERE p.id = 7 UNION ALL "
                 "SELECT p.id, 1, 'applied', '2026-12-01', '2026-12-01', '2026-12-01', "
                 "p.phone_norm, p.last_name, 'Someone', 'someone@example.org' FROM applicants p "
                 "WHERE p.id = 8"),
             QString());
    // Every other copy right, the source or the campaign wrong (v27).
    QCOMPARE(run("UPDATE applicants SET source = 'meetup', campaign = 'fall' WHERE id IN (9, 10)"),
             QString());
    QCOMPARE(run("INSERT INTO applications (applicant_id, track_id, status, applied_at, "
                 "status_changed_at, updated_at, applicant_phone, applicant_last_name, "
                 "applicant_first_name, applicant_email, applicant_source, applicant_campaign) "
                 "SELECT p.id, 1, 'applied', '2026-12-01', '2026-12-01', '2026-12-01', "
                 "p.phone_norm, p.last_name, p.first_name, p.email_norm, "
                 "CASE p.id WHEN 9 THEN 'MEETUP' ELSE p.source END, "
                 "CASE p.id WHEN 10 THEN NULL ELSE p.campaign END "
                 "FROM applicants p WHERE p.id IN (9, 10)"),
             QString());
    QCOMPARE(m_db->scalar("SELECT count(*) FROM applications WHERE id > 120").toInt(), 9);
    QCOMPARE(m_db->staleSortKeys(), 0);
    compareEveryOrder();
}

// Rows that bring their keys are written once; a row without them a second time, by the
// trigger (total_changes() counts the changes of trigger programs too).
void TestApplicationSortKeys::rowsWithTheirKeysAreWrittenOnce()
{
    const auto changesOf = [this](const QString &sql) {
        const qint64 before = m_db->scalar("SELECT total_changes()").toLongLong();
        const QString failed = run(sql);
        return failed.isEmpty() ? m_db->scalar("SELECT total_changes()").toLongLong() - before : -1;
    };
    const QString columns = "INSERT INTO applications (applicant_id, track_id, cohort_id, "
                            "owner_id, status, applied_at, status_changed_at, updated_at";
    const QString values = " VALUES (2, 1, 1, (SELECT id FROM staff_users WHERE username = "
                           "'Adam'), 'applied', '2026-12-01', '2026-12-01', '2026-12-01'";
    const qint64 withKeys =
        changesOf(columns +
                  ", cohort_name, owner_username, applicant_phone, applicant_last_name, "
                  "applicant_first_name, applicant_email, applicant_source, applicant_campaign)" +
                  values +
                  ", 'b-2027', 'Adam', '+4915112345', (SELECT last_name FROM applicants WHERE "
                  "id = 2), (SELECT first_name FROM applicants WHERE id = 2), "
                  "(SELECT email_norm FROM applicants WHERE id = 2), "
                  "(SELECT source FROM applicants WHERE id = 2), "
                  "(SELECT campaign FROM applicants WHERE id = 2))");
    const qint64 without = changesOf(columns + ")" + values + ")");
    QVERIFY(withKeys > 0);
    QCOMPARE(without, withKeys + 1);
    QCOMPARE(m_db->staleSortKeys(), 0);
}

// The status key is the status's place in Statuses::all(), for every status.
void TestApplicationSortKeys::ranksStatusesInLifecycleOrder()
{
    for (int i = 0; i < Statuses::all().size(); ++i) {
        const QString name = Statuses::machineName(Statuses::all().at(i));
        QCOMPARE(run("UPDATE applications SET status = '" + name + "' WHERE id = 1"), QString());
        QCOMPARE(m_db->scalar("SELECT status_rank FROM applications WHERE id = 1").toInt(), i);
    }
}

// The first page of every sort, both ways, is a walk down an index, not a sort of every row.
void TestApplicationSortKeys::walksAnIndexForTheFirstPageOfEverySort()
{
    for (Key key : allKeys()) {
        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const ApplicationQuery query({}, key, order);
            QSqlQuery q(connection());
            QVERIFY2(q.exec("EXPLAIN QUERY PLAN " +
                            QString(query.pageIdsSql()).replace("?", "0")),
                     qPrintable(q.lastError().text()));
            QStringList plan;
            while (q.next())
                plan << q.value(3).toString();
            QVERIFY2(!plan.join(' ').contains("TEMP B-TREE"),
                     qPrintable(QString::number(int(key)) + ": " + plan.join(" / ")));
        }
    }
}

QTEST_GUILESS_MAIN(TestApplicationSortKeys)
#include "tst_applicationsortkeys.moc"
