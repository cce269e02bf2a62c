#include "domain/applicationstatus.h"
#include "domain/timestamp.h"
#include "demo/demodatagenerator.h"
#include "reports/funnelstages.h"
#include "reports/reportrunner.h"
#include "services/desksettingsservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QDateTime>
#include <QHash>
#include <QMap>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>
#include <cmath>

// The funnel, time in stage and sources reports against a deliberately simple computation in
// this file: a hand-built history of applications walking the lifecycle with random stops,
// detours and exits, each report's numbers counted again by loops over that history.
class TestReports : public QObject
{
    Q_OBJECT

    // One application as the test built it: its groups and its events in order.
    struct Built
    {
        qint64 id = 0;
        int track = 0; // index into m_tracks
        int cohort = 0;
        int owner = 0; // 0: nobody
        QString source;
        QString campaign;
        QList<std::pair<QString, QDateTime>> events; // status entered, when
        QString status() const { return events.constLast().first; }
        QDateTime appliedAt() const { return events.constFirst().second; }
    };

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{QDateTime(QDate(2027, 6, 1), QTime(12, 0), Qt::UTC)};
    QList<qint64> m_tracks;
    QList<qint64> m_cohorts; // cohort i belongs to track i
    QList<qint64> m_owners;
    QList<Built> m_built;

    QString conn() const { return m_db->connectionName(); }

    // The stage each status shows an application got to, written out again for the test: 0
    // applied … 9 placed.
    static int stageOf(const QString &status)
    {
        static const QMap<QString, int> stages{
            {"applied", 0},     {"withdrawn", 0},  {"screening", 1},        {"interview_scheduled", 1},
            {"not_qualified", 1}, {"interviewed", 2}, {"qualified", 3},      {"waitlisted", 3},
            {"offered", 4},     {"offer_expired", 4}, {"declined", 4},      {"accepted", 5},
            {"deferred", 5},    {"enrolled", 6},   {"active", 7},           {"refund_requested", 7},
            {"refunded", 7},    {"dropped", 7},    {"graduated", 8},        {"job_search", 8},
            {"not_seeking", 8}, {"placed", 9}};
        return stages.value(status, -1);
    }

    // The main road, and an exit that may end a walk after a status.
    static QStringList road()
    {
        return {"applied",  "screening", "interview_scheduled", "interviewed", "qualified",
                "offered",  "accepted",  "enrolled",            "active",      "graduated",
                "job_search", "placed"};
    }
    static QString exitAfter(const QString &status)
    {
        static const QMap<QString, QString> exits{
            {"applied", "withdrawn"},  {"screening", "not_qualified"},
            {"interviewed", "not_qualified"}, {"offered", "declined"},
            {"accepted", "withdrawn"}, {"active", "dropped"}, {"job_search", "not_seeking"}};
        return exits.value(status);
    }

    ReportRunner runner() { return ReportRunner(conn(), m_db->actor(StaffRole::ReadOnly), m_clock); }

    Report run(ReportKind kind, const ReportFilter &filter = {})
    {
        auto report = runner().run(kind, filter);
        if (!report) {
            QTest::qFail(qPrintable(report.error().text()), __FILE__, __LINE__);
            return {};
        }
        return report.value();
    }

    // The built applications a filter keeps, by the test's own reading of it.
    QList<Built> kept(const ReportFilter &filter, const QTimeZone &zone) const
    {
        QList<Built> result;
        for (const Built &built : m_built) {
            const QDate day = built.appliedAt().toTimeZone(zone).date();
            if ((filter.from.isValid() && day < filter.from) ||
                (filter.to.isValid() && day > filter.to) ||
                (filter.trackId && m_tracks.at(built.track) != filter.trackId) ||
                (filter.cohortId && m_cohorts.at(built.cohort) != filter.cohortId) ||
                (filter.ownerId && (built.owner == 0 || m_owners.at(built.owner - 1) != filter.ownerId)) ||
                (!filter.source.isEmpty() && built.source != filter.source) ||
                (!filter.campaign.isEmpty() && built.campaign != filter.campaign))
                continue;
            result << built;
        }
        return result;
    }

    static int furthest(const Built &built)
    {
        int stage = 0;
        for (const auto &event : built.events)
            stage = std::max(stage, stageOf(event.first));
        return stage;
    }

    // A stay or wait as the reports count it: tenths of a day, rounded half up.
    static qint64 tenths(const QDateTime &from, const QDateTime &to)
    {
        return (from.msecsTo(to) + 4320000) / 8640000;
    }

    // The nearest-rank percentile, as days.
    static QVariant percentile(QList<qint64> values, double share)
    {
        std::sort(values.begin(), values.end());
        const int rank = std::max(1, int(std::ceil(share * values.size())));
        return values.at(rank - 1) / 10.0;
    }
    static QVariant percent(qint64 part, qint64 whole)
    {
        return whole == 0 ? QVariant() : QVariant(std::round(1000.0 * part / whole) / 10.0);
    }

    static const ReportTable &table(const Report &report, const QString &key)
    {
        for (const ReportTable &t : report.tables) {
            if (t.key == key)
                return t;
        }
        static const ReportTable none;
        QTest::qFail(qPrintable(QStringLiteral("no table %1").arg(key)), __FILE__, __LINE__);
        return none;
    }

    // The row of `table` whose first cell is `first` (and second `second`, when given).
    static QVariantList rowOf(const ReportTable &t, const QString &first, const QString &second = {})
    {
        for (const QVariantList &row : t.rows) {
            if (row.at(0).toString() == first && (second.isNull() || row.at(1).toString() == second))
                return row;
        }
        return {};
    }

    void checkFunnel(const ReportFilter &filter, const QTimeZone &zone)
    {
        const QList<Built> apps = kept(filter, zone);
        QList<qint64> reached(10, 0);
        QMap<QString, qint64> left;
        for (const Built &built : apps) {
            for (int stage = 0; stage <= furthest(built); ++stage)
                ++reached[stage];
            ++left[built.status()];
        }
        const Report report = run(ReportKind::Funnel, filter);
        const ReportTable &stages = table(report, "stages");
        QCOMPARE(stages.rows.size(), 10);
        for (int stage = 0; stage < 10; ++stage) {
            const QVariantList &row = stages.rows.at(stage);
            QCOMPARE(row.at(1).toLongLong(), reached.at(stage));
            QCOMPARE(row.at(2), stage == 0 ? QVariant() : percent(reached.at(stage), reached.at(stage - 1)));
            QCOMPARE(row.at(3), percent(reached.at(stage), reached.at(0)));
        }
        const ReportTable &exits = table(report, "left");
        const QStringList exitStatuses{"not_qualified", "declined", "offer_expired",
                                       "withdrawn",     "refunded", "dropped"};
        QCOMPARE(exits.rows.size(), exitStatuses.size());
        for (int i = 0; i < exitStatuses.size(); ++i) {
            QCOMPARE(exits.rows.at(i).at(0).toString(),
                     Statuses::displayName(*Statuses::fromMachineName(exitStatuses.at(i))));
            QCOMPARE(exits.rows.at(i).at(1).toLongLong(), left.value(exitStatuses.at(i)));
        }
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset(); // its connection's name is the next one's
        m_db = std::make_unique<TestDatabase>();
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        // A few hundred fixture rows, each its own commit, in every test function: no fsync.
        m_db->scalar("PRAGMA synchronous = OFF");
        m_tracks = {m_db->addTrack("SWE", "Software Engineering"), m_db->addTrack("DATA", "Data")};
        m_cohorts = {m_db->addCohort(m_tracks.at(0), "SWE-1", 30),
                     m_db->addCohort(m_tracks.at(1), "DATA-1", 30)};
        m_owners = {m_db->addStaff("olga"), m_db->addStaff("omar")};
        // The bootcamp keeps Tokyo's days: 2027-03-01T16:00Z is already 2 March there.
        QVERIFY_OK(DeskSettingsService(conn(), m_db->actor(StaffRole::Administrator), m_clock)
                      .setTimeZone("Asia/Tokyo"));

        QRandomGenerator random(20261207);
        const QStringList sources{"LinkedIn", "Referral", ""};
        const QStringList campaigns{"spring", "", "autumn"};
        m_built.clear();
        for (int n = 0; n < 80; ++n) {
            Built built;
            built.track = n % 2;
            built.cohort = built.track;
            built.owner = int(random.bounded(3));
            built.source = sources.at(int(random.bounded(3)));
            built.campaign = campaigns.at(int(random.bounded(3)));
            // Applied across March, at hours that fall on both sides of Tokyo's midnight.
            QDateTime at(QDate(2027, 3, 1).addDays(random.bounded(30)),
                         QTime(int(random.bounded(24)), int(random.bounded(60))), Qt::UTC);
            const int stops = 1 + int(random.bounded(road().size()));
            for (int step = 0; step < stops; ++step) {
                const QString status = road().at(step);
                built.events << std::pair{status, at};
                at = at.addSecs(3600 + qint64(random.bounded(14 * 24 * 3600)));
                if (status == "qualified" && random.bounded(4) == 0) {
                    built.events << std::pair{QString("waitlisted"), at}; // waits, then an offer
                    at = at.addSecs(qint64(random.bounded(30 * 24 * 3600)));
                }
            }
            const QString exit = exitAfter(built.status());
            if (!exit.isEmpty() && random.bounded(3) == 0)
                built.events << std::pair{exit, at};
            m_built << built;
        }
        // Walks the random ones may miss: still on the waitlist, an offer that expired, a
        // deferral, a refund.
        const QStringList toQualified = road().mid(0, 5);
        for (const QStringList &end : {QStringList{"waitlisted"}, QStringList{"offered", "offer_expired"},
                                       QStringList{"offered", "accepted", "deferred"},
                                       QStringList{"offered", "accepted", "enrolled", "active",
                                                   "refund_requested", "refunded"}}) {
            Built walk;
            QDateTime at(QDate(2027, 3, 20), QTime(8, 0), Qt::UTC);
            for (const QString &status : toQualified + end) {
                walk.events << std::pair{status, at};
                at = at.addDays(2);
            }
            m_built << walk;
        }
        // One imported the way a spreadsheet brings it: its history begins at enrolled.
        Built imported;
        imported.events << std::pair{QString("enrolled"), QDateTime(QDate(2027, 3, 5), QTime(10, 0), Qt::UTC)};
        imported.source = "LinkedIn";
        m_built << imported;

        int person = 0;
        for (Built &built : m_built) {
            const qint64 applicant =
                m_db->addApplicant("Ada", "Lovelace", QStringLiteral("a%1@example.org").arg(++person));
            m_db->scalar("UPDATE applicants SET source = coalesce(?, ''), campaign = coalesce(?, '') WHERE id = ?",
                         {built.source, built.campaign, applicant});
            ApplicationRow row(applicant, m_tracks.at(built.track), built.status());
            row.cohortId = m_cohorts.at(built.cohort);
            row.appliedAt = Timestamp::format(built.appliedAt());
            built.id = m_db->addApplication(row);
            if (built.owner != 0)
                m_db->scalar("UPDATE applications SET owner_id = ? WHERE id = ?",
                             {m_owners.at(built.owner - 1), built.id});
            QString from;
            for (const auto &[status, when] : built.events) {
                m_db->addStatusEvent({built.id, from, status, Timestamp::format(when), 0, {}});
                from = status;
            }
        }
    }

    void funnelMatchesTheHistory_data()
    {
        QTest::addColumn<int>("narrowing");
        QTest::newRow("everything") << 0;
        QTest::newRow("a track") << 1;
        QTest::newRow("a cohort") << 2;
        QTest::newRow("days on Tokyo's calendar") << 3;
        QTest::newRow("an owner") << 4;
        QTest::newRow("a source and campaign") << 5;
    }
    void funnelMatchesTheHistory()
    {
        QFETCH(int, narrowing);
        ReportFilter filter;
        switch (narrowing) {
        case 1: filter.trackId = m_tracks.at(1); break;
        case 2: filter.cohortId = m_cohorts.at(0); break;
        case 3: filter.from = QDate(2027, 3, 2); filter.to = QDate(2027, 3, 15); break;
        case 4: filter.ownerId = m_owners.at(1); break;
        case 5: filter.source = "LinkedIn"; filter.campaign = "spring"; break;
        }
        const QTimeZone tokyo("Asia/Tokyo");
        QVERIFY(!kept(filter, tokyo).isEmpty());
        checkFunnel(filter, tokyo);
    }

    void aDayIsTheBootcampsDay()
    {
        // Applied 23:30 UTC on 1 March: 2 March in Tokyo, so a range of 2 March takes it.
        const qint64 applicant = m_db->addApplicant("Late", "Night", "late@example.org");
        ApplicationRow row(applicant, m_tracks.at(0));
        row.appliedAt = "2027-02-28T23:30:00.000Z";
        row.history = QStringList{"applied"};
        m_db->addApplication(row);
        ReportFilter filter;
        filter.from = filter.to = QDate(2027, 3, 1);
        const qint64 before = table(run(ReportKind::Funnel, filter), "stages").rows.at(0).at(1).toLongLong();
        int expected = 1;
        for (const Built &built : m_built)
            expected += built.appliedAt().toTimeZone(QTimeZone("Asia/Tokyo")).date() == QDate(2027, 3, 1);
        QCOMPARE(before, expected);
    }

    void funnelBreaksDownByGroup()
    {
        ReportFilter filter;
        filter.by = ReportFilter::Breakdown::Source;
        const Report report = run(ReportKind::Funnel, filter); // the table below is its own
        const ReportTable &groups = table(report, "by_group");
        QMap<QString, QList<qint64>> expected;
        for (const Built &built : m_built) {
            QList<qint64> &counts = expected[built.source.isEmpty() ? "(none)" : built.source];
            counts.resize(10);
            for (int stage = 0; stage <= furthest(built); ++stage)
                ++counts[stage];
        }
        QCOMPARE(groups.rows.size(), expected.size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const QVariantList row = rowOf(groups, it.key());
            QVERIFY2(!row.isEmpty(), qPrintable(it.key()));
            for (int stage = 0; stage < 10; ++stage)
                QCOMPARE(row.at(1 + stage).toLongLong(), it.value().at(stage));
            QCOMPARE(row.at(11), percent(it.value().at(6), it.value().at(0)));
        }
    }

    void timeInStageMatchesTheHistory_data()
    {
        QTest::addColumn<int>("narrowing");
        QTest::newRow("everything") << 0;
        QTest::newRow("a track") << 1;
        QTest::newRow("the other track") << 2;
        QTest::newRow("a track and an owner") << 3;
        QTest::newRow("a track, some moved to it by another tool") << 4;
        QTest::newRow("a track, some moved away by another tool") << 5;
    }
    void timeInStageMatchesTheHistory()
    {
        QFETCH(int, narrowing);
        ReportFilter filter;
        switch (narrowing) {
        case 1: case 4: filter.trackId = m_tracks.at(1); break;
        case 2: case 5: filter.trackId = m_tracks.at(0); break;
        case 3: filter.trackId = m_tracks.at(0); filter.ownerId = m_owners.at(1); break;
        }
        if (narrowing >= 4) {
            // The desk never does it; a plain UPDATE of the application does.
            for (int i = 0; i < m_built.size(); i += 7) {
                if (m_built[i].track != 0)
                    continue;
                m_built[i].track = 1;
                m_db->scalar("UPDATE applications SET track_id = ? WHERE id = ?",
                             {m_tracks.at(1), m_built[i].id});
            }
        }
        QMap<QString, QList<qint64>> stays;
        QMap<QString, qint64> there;
        QList<qint64> toDecision, toQualified, toNotQualified;
        const QList<Built> chosen = kept(filter, QTimeZone("Asia/Tokyo"));
        QVERIFY(chosen.size() >= 5);
        for (const Built &built : chosen) {
            for (int i = 0; i < built.events.size(); ++i) {
                const auto &[status, at] = built.events.at(i);
                if (i + 1 < built.events.size())
                    stays[status] << tenths(at, built.events.at(i + 1).second);
                else
                    ++there[status];
            }
            if (built.events.constFirst().first != "applied")
                continue;
            for (const auto &[status, at] : built.events) {
                if (status == "qualified" || status == "not_qualified") {
                    const qint64 days = tenths(built.appliedAt(), at);
                    toDecision << days;
                    (status == "qualified" ? toQualified : toNotQualified) << days;
                    break;
                }
            }
        }
        const Report report = run(ReportKind::TimeInStage, filter);
        const ReportTable &rows = table(report, "stays");
        int shown = 0;
        // The statuses of the history that are stays, in the lifecycle's order.
        const QStringList stayStatuses{
            "applied",  "screening", "interview_scheduled", "interviewed", "qualified",
            "waitlisted", "offered", "offer_expired",       "accepted",    "deferred",
            "enrolled", "active",    "refund_requested",    "graduated",   "job_search"};
        for (const QString &status : stayStatuses) {
            if (!stays.contains(status) && !there.contains(status))
                continue;
            ++shown;
            const QVariantList row =
                rowOf(rows, Statuses::displayName(*Statuses::fromMachineName(status)));
            QVERIFY2(!row.isEmpty(), qPrintable(status));
            QCOMPARE(row.at(1).toLongLong(), qint64(stays.value(status).size()));
            if (stays.contains(status)) {
                QCOMPARE(row.at(2), percentile(stays.value(status), 0.5));
                QCOMPARE(row.at(3), percentile(stays.value(status), 0.9));
            }
            QCOMPARE(row.at(4).toLongLong(), there.value(status));
        }
        QCOMPARE(rows.rows.size(), shown); // exits are not stays

        const ReportTable &decisions = table(report, "decisions");
        const QList<QList<qint64>> waits{toDecision, toQualified, toNotQualified};
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(decisions.rows.at(i).at(1).toLongLong(), qint64(waits.at(i).size()));
            if (waits.at(i).isEmpty()) { // none of this kind among the chosen
                QVERIFY(decisions.rows.at(i).at(2).isNull());
                QVERIFY(decisions.rows.at(i).at(3).isNull());
                continue;
            }
            QCOMPARE(decisions.rows.at(i).at(2), percentile(waits.at(i), 0.5));
            QCOMPARE(decisions.rows.at(i).at(3), percentile(waits.at(i), 0.9));
        }
    }

    void sourcesMatchTheHistory()
    {
        struct Reach { qint64 applications = 0, qualified = 0, students = 0; };
        QMap<QString, Reach> bySource;
        QMap<std::pair<QString, QString>, Reach> byCampaign;
        for (const Built &built : m_built) {
            const QString source = built.source.isEmpty() ? "(none)" : built.source;
            const QString campaign = built.campaign.isEmpty() ? "(none)" : built.campaign;
            for (Reach *reach : {&bySource[source], &byCampaign[{source, campaign}]}) {
                ++reach->applications;
                reach->qualified += furthest(built) >= 3;
                reach->students += furthest(built) >= 6;
            }
        }
        const Report report = run(ReportKind::Sources);
        const ReportTable &sources = table(report, "sources");
        QCOMPARE(sources.rows.size(), bySource.size());
        for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
            const QVariantList row = rowOf(sources, it.key());
            QCOMPARE(row.at(1).toLongLong(), it->applications);
            QCOMPARE(row.at(2).toLongLong(), it->qualified);
            QCOMPARE(row.at(3), percent(it->qualified, it->applications));
            QCOMPARE(row.at(4).toLongLong(), it->students);
            QCOMPARE(row.at(5), percent(it->students, it->applications));
        }
        const ReportTable &campaigns = table(report, "campaigns");
        QCOMPARE(campaigns.rows.size(), byCampaign.size());
        for (auto it = byCampaign.cbegin(); it != byCampaign.cend(); ++it) {
            const QVariantList row = rowOf(campaigns, it.key().first, it.key().second);
            QCOMPARE(row.at(2).toLongLong(), it->applications);
            QCOMPARE(row.at(3).toLongLong(), it->qualified);
            QCOMPARE(row.at(5).toLongLong(), it->students);
        }
    }

    void aFilterAReportCannotApplyIsRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("narrowing");
        QTest::addColumn<QString>("message");
        QTest::newRow("mentor load by source")
            << int(ReportKind::MentorLoad) << 1 << "cannot be narrowed to a source or campaign";
        QTest::newRow("refunds by owner")
            << int(ReportKind::Refunds) << 2 << "cannot be narrowed to an owner";
        QTest::newRow("sources broken down")
            << int(ReportKind::Sources) << 3 << "Only the funnel report is broken down";
        QTest::newRow("a range that ends before it begins")
            << int(ReportKind::Funnel) << 4 << "ends (2027-03-01) before it begins (2027-03-09)";
    }
    void aFilterAReportCannotApplyIsRefused()
    {
        QFETCH(int, kind);
        QFETCH(int, narrowing);
        QFETCH(QString, message);
        ReportFilter filter;
        switch (narrowing) {
        case 1: filter.source = "LinkedIn"; break;
        case 2: filter.ownerId = m_owners.at(0); break;
        case 3: filter.by = ReportFilter::Breakdown::Track; break;
        case 4: filter.from = QDate(2027, 3, 9); filter.to = QDate(2027, 3, 1); break;
        }
        const auto report = runner().run(ReportKind(kind), filter);
        QVERIFY(!report);
        QVERIFY2(report.error().text().contains(message), qPrintable(report.error().text()));
    }

    // The file's table for its trigger (schema v17), core's rule and this test's agree.
    void theFileKnowsTheStagesAsCoreDoes()
    {
        for (ApplicationStatus status : Statuses::all()) {
            const QString name = Statuses::machineName(status);
            QCOMPARE(m_db->scalar("SELECT stage FROM funnel_stages WHERE status = ?", {name}).toInt(),
                     int(FunnelStages::reachedBy(status)));
            QCOMPARE(stageOf(name), int(FunnelStages::reachedBy(status)));
        }
        QCOMPARE(m_db->scalar("SELECT count(*) FROM funnel_stages").toInt(), int(Statuses::all().size()));
    }

    // The summaries the reports count by are the history's, however the history was written:
    // the demo seed's prepared statements here, the fixtures' plain inserts in every other test.
    // applications.furthest_stage is the furthest stage of each history (funnel, sources);
    // status_stays holds each ended stay and decision_waits each first decision (time in stage).
    void theSummariesFollowTheHistory()
    {
        TestDatabase seeded(QStringLiteral("seeded"));
        QVERIFY2(seeded.isOpen(), qPrintable(seeded.openError()));
        DemoDataGenerator::Options options;
        options.applicants = 1500;
        options.seed = 7;
        options.today = QDate(2026, 12, 7);
        QVERIFY_OK(DemoDataGenerator(seeded.connectionName(), seeded.actor(StaffRole::Administrator))
                       .generate(options));
        QSqlQuery query(QSqlDatabase::database(seeded.connectionName(), false));
        QMap<qint64, int> expected;
        QMap<qint64, std::pair<QString, QDateTime>> previous; // each application's last event
        QMap<std::pair<qint64, qint64>, std::pair<QString, qint64>> stays; // by (application, event)
        QMap<qint64, std::pair<QString, qint64>> decisions;
        QMap<qint64, QDateTime> appliedFirst; // histories that begin with applied
        QVERIFY(query.exec("SELECT application_id, id, to_status, at FROM status_events ORDER BY id"));
        while (query.next()) {
            const qint64 application = query.value(0).toLongLong();
            const QString status = query.value(2).toString();
            const QDateTime at = Timestamp::parse(query.value(3).toString());
            int &stage = expected[application];
            stage = std::max(stage, stageOf(status));
            if (previous.contains(application)) {
                stays[{application, query.value(1).toLongLong()}] = {
                    previous.value(application).first, tenths(previous.value(application).second, at)};
            } else if (status == "applied") {
                appliedFirst[application] = at;
            }
            previous[application] = {status, at};
            if ((status == "qualified" || status == "not_qualified") &&
                appliedFirst.contains(application) && !decisions.contains(application))
                decisions[application] = {status, tenths(appliedFirst.value(application), at)};
        }
        // Each stay and wait keeps its application's track (v25).
        QHash<qint64, qint64> trackOf;
        QVERIFY(query.exec("SELECT id, track_id FROM applications"));
        while (query.next())
            trackOf.insert(query.value(0).toLongLong(), query.value(1).toLongLong());
        QVERIFY(query.exec("SELECT application_id, event_id, status, tenths, track_id FROM "
                           "status_stays"));
        qint64 stayRows = 0;
        while (query.next()) {
            const auto stay = stays.value({query.value(0).toLongLong(), query.value(1).toLongLong()});
            QCOMPARE(query.value(2).toString(), stay.first);
            QCOMPARE(query.value(3).toLongLong(), stay.second);
            QCOMPARE(query.value(4).toLongLong(), trackOf.value(query.value(0).toLongLong()));
            ++stayRows;
        }
        QCOMPARE(stayRows, qint64(stays.size()));
        QVERIFY(query.exec("SELECT application_id, decision, tenths, track_id FROM decision_waits"));
        qint64 decisionRows = 0;
        while (query.next()) {
            const auto decision = decisions.value(query.value(0).toLongLong());
            QCOMPARE(query.value(1).toString(), decision.first);
            QCOMPARE(query.value(2).toLongLong(), decision.second);
            QCOMPARE(query.value(3).toLongLong(), trackOf.value(query.value(0).toLongLong()));
            ++decisionRows;
        }
        QCOMPARE(decisionRows, qint64(decisions.size()));
        QVERIFY(decisionRows > 500);

        QVERIFY(query.exec("SELECT id, furthest_stage FROM applications"));
        int checked = 0;
        QSet<int> stagesSeen;
        while (query.next()) {
            QCOMPARE(query.value(1).toInt(), expected.value(query.value(0).toLongLong()));
            stagesSeen << query.value(1).toInt();
            ++checked;
        }
        QCOMPARE(checked, expected.size());
        QCOMPARE(stagesSeen.size(), 10); // every stage occurs in a seed this size
    }

    void anInactiveAccountReadsNothing()
    {
        const Actor reader = m_db->actor(StaffRole::ReadOnly);
        m_db->scalar("UPDATE staff_users SET active = 0 WHERE id = ?", {reader.userId});
        QVERIFY(!ReportRunner(conn(), reader, m_clock).run(ReportKind::Funnel, {}));
    }
};

QTEST_GUILESS_MAIN(TestReports)
#include "tst_reports.moc"
