#pragma once

#include "audit/audittrail.h"
#include "csv/applicationimport.h"
#include "csv/csvreader.h"
#include "db/preparedstatement.h"
#include "domain/actor.h"
#include "domain/applicant.h"
#include "domain/clock.h"
#include "domain/cohort.h"
#include "domain/timestamp.h"
#include "domain/track.h"
#include "repositories/applicantrepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>
#include <vector>

Q_DECLARE_LOGGING_CATEGORY(lcImport)

// The column of each field in the file, looked up once rather than per row; -1 when the file
// has none.
struct FieldColumns
{
    explicit FieldColumns(const ImportMapping &m)
        : first(m.column(QStringLiteral("first_name"))),
          last(m.column(QStringLiteral("last_name"))), full(m.column(QStringLiteral("full_name"))),
          email(m.column(QStringLiteral("email"))), phone(m.column(QStringLiteral("phone"))),
          track(m.column(QStringLiteral("track"))), cohort(m.column(QStringLiteral("cohort"))),
          appliedAt(m.column(QStringLiteral("applied_at"))),
          country(m.column(QStringLiteral("country"))),
          timeZone(m.column(QStringLiteral("time_zone"))),
          linkedin(m.column(QStringLiteral("linkedin_url"))),
          github(m.column(QStringLiteral("github_url"))),
          portfolio(m.column(QStringLiteral("portfolio_url"))),
          source(m.column(QStringLiteral("source"))),
          campaign(m.column(QStringLiteral("campaign"))),
          referrer(m.column(QStringLiteral("referrer"))),
          consent(m.column(QStringLiteral("consent"))), notes(m.column(QStringLiteral("notes"))),
          entryId(m.column(QStringLiteral("entry_id"))),
          questions(m.columns(ImportMapping::QuestionField))
    {
    }
    int first, last, full, email, phone, track, cohort, appliedAt, country, timeZone, linkedin,
        github, portfolio, source, campaign, referrer, consent, notes, entryId;
    QList<int> questions; // answers kept in the notes
};

// Ids this import wrote, with the line of the row that wrote each, in id order.
class LinesById
{
public:
    void add(qint64 id, qint64 line) { m_entries.emplace_back(id, line); }
    qint64 lineOf(qint64 id) const
    {
        const auto it =
            std::lower_bound(m_entries.begin(), m_entries.end(), std::make_pair(id, qint64(0)));
        return it != m_entries.end() && it->first == id ? it->second : 0;
    }

private:
    std::vector<std::pair<qint64, qint64>> m_entries;
};

// One import: the file's rows through the checks into the prepared statements, inside the
// caller's transaction, each written row with its record in the audit trail (one AuditTrail for
// the whole import, so a million rows do not read the chain's head a million times).
class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(ImportRun)

public:
    // `localTimeZone`: the form's, for times the file writes without an offset (unless its
    // form builder writes them in a zone of its own).
    ImportRun(const QString &connection, const Actor &actor, const Clock &clock,
              const ApplicationImport::Options &options, const QTimeZone &localTimeZone,
              ApplicationImport::Report &report, const ApplicationImport::IssueSink &sink)
        : m_connection(connection), m_actor(actor), m_options(options), m_report(report),
          m_sink(sink), m_columns(report.mapping),
          m_timeZone(report.mapping.formTimeZone().value_or(localTimeZone)), m_now(clock.now()),
          m_nowText(Timestamp::format(m_now)), m_findEmail(connection), m_findPhone(connection),
          m_findApplication(connection), m_findEntry(connection), m_insertEntry(connection),
          m_insertApplicant(connection), m_insertApplication(connection),
          m_insertApplications(connection), m_audit(connection, actor, clock)
    {
    }

    Status prepare();
    // Checks one record and writes it, or says why not.
    Status importRecord(const CsvReader::Record &record);
    // Writes what is still queued; after the last record.
    Status complete() { return writePendingApplications(); }
    // The first status events and the search index of every application written, and the
    // import's own record in the audit trail. `fileSha256`: the digest of the file's bytes, in
    // hex.
    Status finish(const QString &fileSha256);

private:
    struct Row
    {
        Applicant applicant;
        const Track *track = nullptr;
        const Cohort *cohort = nullptr;
        QString appliedAt; // as stored; empty when the file does not say
        QString entryId;   // the form's id of the entry; empty when the file does not say
    };
    struct PendingApplication
    {
        qint64 applicantId;
        qint64 trackId;
        QString trackCode;
        qint64 cohortId; // 0: none
        QString cohortName;
        ApplicantSortKeys applicant;
        QString appliedAt;
        qint64 line;
        QString entryId;
    };

    bool convert(const CsvReader::Record &record, Row &row);
    Status place(const Row &row, qint64 line);
    Status updateFromRow(const Applicant &known, const Row &row, qint64 line);
    Result<qint64> lookup(PreparedStatement &statement, const QString &key);
    // Whether the row's form entry is known: imported before (counted as already there),
    // earlier in this file (a problem), or older than the last entry imported from its source
    // (left out, unless the options take older entries). False: the row is to be placed.
    Result<bool> entryKnown(const Row &row, qint64 line);
    Result<qint64> applicationOf(qint64 applicantId, const Row &row);
    Result<qint64> insertApplicant(const Applicant &applicant, const QString &emailKey,
                                   const QString &phoneKey);
    // Queues the application; written a batch at a time, and before any lookup of
    // applications.
    // `applicant`: the applicant's keys as stored, the application's sort keys.
    Status insertApplication(qint64 applicantId, const ApplicantSortKeys &applicant,
                             const Row &row, qint64 line);
    Status writePendingApplications();
    // Where a written application's row came from, and its record in the audit trail.
    Status applicationWritten(qint64 id, const PendingApplication &application);
    Status writeFirstStatusEvents();
    AuditEntry importEntry(const QString &fileSha256) const;
    Result<Applicant> knownApplicant(qint64 id);
    QStringList differences(const Applicant &known, const Applicant &row) const;

    // Why `text` in the applied-at column is not a point in time.
    QString notATime(const QString &text) const;
    QString cell(const CsvReader::Record &record, int column) const;
    // The notes cell with the answers to the form's other questions after it, one a line
    // under its question.
    QString notesWithAnswers(const CsvReader::Record &record) const;
    QString header(int column) const { return m_report.mapping.header().value(column); }
    QString headerOfField(const QString &field) const;
    void problem(qint64 line, const QString &column, const QString &reason);
    void duplicate(qint64 line, const QString &reason);
    void say(ImportIssue issue);

    QString m_connection;
    Actor m_actor;
    const ApplicationImport::Options &m_options;
    ApplicationImport::Report &m_report;
    const ApplicationImport::IssueSink &m_sink;
    FieldColumns m_columns;
    QTimeZone m_timeZone; // of the file's times without an offset
    QDateTime m_now;
    QString m_nowText;

    QHash<QString, Track> m_tracks;   // by lower-case code and by lower-case name
    QHash<QString, Cohort> m_cohorts; // by lower-case name
    QString m_trackList;

    PreparedStatement m_findEmail;
    PreparedStatement m_findPhone;
    PreparedStatement m_findApplication;
    PreparedStatement m_findEntry;
    PreparedStatement m_insertEntry;
    PreparedStatement m_insertApplicant;
    PreparedStatement m_insertApplication;  // one row
    PreparedStatement m_insertApplications; // ApplicationBatch rows
    std::vector<PendingApplication> m_pending;
    qint64 m_firstNewApplicant = 0;
    qint64 m_firstNewApplication = 0;
    LinesById m_applicantLines;
    LinesById m_applicationLines;
    // Where the form's entries come from ("Gravity Forms"), and the line of each in the file.
    QString m_entrySource;
    QHash<QString, qint64> m_entryLines;
    // When the newest entry imported from that source before applied; empty for none.
    QString m_lastEntryAt;
    bool m_rowHasProblem = false;
    AuditTrail m_audit;
};
