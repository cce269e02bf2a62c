#include "csv/importrun.h"

#include "audit/applicantaudit.h"
#include "browse/applicationsearchindex.h"
#include "csv/csvwriter.h"
#include "csv/importvalues.h"
#include "db/bulkwritecache.h"
#include "db/checkedbycaller.h"
#include "db/preparedstatement.h"
#include "db/sql.h"
#include "db/transaction.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "repositories/applicantrepository.h"
#include "repositories/cohortrepository.h"
#include "repositories/trackrepository.h"
#include "services/applicantservice.h"

#include <QElapsedTimer>
#include <QHash>
#include <QIODevice>
#include <QLoggingCategory>

#include <algorithm>
#include <vector>

Q_LOGGING_CATEGORY(lcImport, "admissions.import", QtWarningMsg)

namespace {

QString lowerKey(const QString &text)
{
    return text.trimmed().toLower();
}

// Whether a valid time is already written as the database stores times (our export's form):
// formatting a million of them again is a noticeable part of an import.
bool isStoredForm(const QString &time)
{
    return time.size() == 24 && time.at(10) == QLatin1Char('T') &&
           time.at(19) == QLatin1Char('.') && time.at(23) == QLatin1Char('Z');
}

// Applications are written this many to a statement: a statement run costs more than a row.
constexpr int ApplicationBatch = 256;

QString insertApplicationsSql(int rows)
{
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << QStringLiteral("(?, ?, ?, 'applied', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    // With the list's sort keys (schema v21, v24, v27) that a new application has: the trigger that
    // would fill them writes each row a second time. No owner: its key stays NULL.
    return QStringLiteral("INSERT INTO applications (applicant_id, track_id, cohort_id, status, "
                          "applied_at, status_changed_at, updated_at, cohort_name, "
                          "applicant_phone, applicant_last_name, applicant_first_name, "
                          "applicant_email, applicant_source, applicant_campaign) VALUES ") +
           values.join(QStringLiteral(", "));
}

// The duplicate policy as the command line's --on-duplicate names it.
QString policyName(ApplicationImport::OnDuplicate policy)
{
    switch (policy) {
    case ApplicationImport::OnDuplicate::Skip:
        return QStringLiteral("skip");
    case ApplicationImport::OnDuplicate::Update:
        return QStringLiteral("update");
    case ApplicationImport::OnDuplicate::Error:
        return QStringLiteral("error");
    }
    return {};
}

} // namespace

Status ImportRun::prepare()
{
    auto tracks = TrackRepository(m_connection).list();
    if (!tracks)
        return tracks.error();
    QStringList codes;
    for (const Track &track : tracks.value()) {
        m_tracks.insert(lowerKey(track.name), track);
        m_tracks.insert(lowerKey(track.code), track); // a code wins over a name
        codes << track.code;
    }
    m_trackList = codes.join(QStringLiteral(", "));
    m_entrySource = m_report.mapping.entrySource();
    auto cohorts = CohortRepository(m_connection).list();
    if (!cohorts)
        return cohorts.error();
    for (const Cohort &cohort : cohorts.value())
        m_cohorts.insert(lowerKey(cohort.name), cohort);

    const Sql sql(m_connection);
    auto applicantId =
        sql.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM applicants"));
    auto applicationId =
        sql.scalar(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM applications"));
    if (!applicantId)
        return applicantId.error();
    if (!applicationId)
        return applicationId.error();
    m_firstNewApplicant = applicantId.value().toLongLong();
    m_firstNewApplication = applicationId.value().toLongLong();
    // The weekly routine starts after the newest entry the desk has from that source.
    auto last = sql.scalar(QStringLiteral("SELECT max(a.applied_at) FROM form_entries f JOIN "
                                          "applications a ON a.id = f.application_id WHERE "
                                          "f.source = ?"),
                           {m_entrySource});
    if (!last)
        return last.error();
    m_lastEntryAt = last.value().toString();

    const std::pair<PreparedStatement *, QString> statements[] = {
        {&m_findEmail, QStringLiteral("SELECT id FROM applicants WHERE email_norm = ?")},
        // The condition on '' lets SQLite use the partial index of phones.
        {&m_findPhone, QStringLiteral("SELECT id FROM applicants WHERE phone_norm = ? AND "
                                      "phone_norm <> '' ORDER BY id LIMIT 1")},
        // By applicant alone, compared here: with two equal terms and no statistics, SQLite
        // may pick the track index and read a whole track per row.
        {&m_findApplication, QStringLiteral("SELECT id, track_id, applied_at FROM applications "
                                            "WHERE applicant_id = ? ORDER BY id")},
        {&m_findEntry, QStringLiteral("SELECT application_id FROM form_entries WHERE source = ? "
                                      "AND entry_id = ?")},
        {&m_insertEntry, QStringLiteral("INSERT INTO form_entries (application_id, source, "
                                        "entry_id) VALUES (?, ?, ?)")},
        {&m_insertApplicant, ApplicantRepository::insertSql()},
        {&m_insertApplication, insertApplicationsSql(1)},
        {&m_insertApplications, insertApplicationsSql(ApplicationBatch)},
    };
    for (const auto &[statement, text] : statements) {
        if (auto prepared = statement->prepare(text); !prepared)
            return prepared;
    }
    return {};
}

QString ImportRun::notesWithAnswers(const CsvReader::Record &record) const
{
    QStringList parts;
    if (const QString notes = cell(record, m_columns.notes); !notes.isEmpty())
        parts << notes;
    for (const int column : m_columns.questions) {
        const QString answer = cell(record, column);
        if (answer.isEmpty())
            continue;
        // "Why do you want to join? To build things", "Motivation: To build things".
        const QString question = header(column).trimmed();
        const bool asks =
            question.endsWith(QLatin1Char('?')) || question.endsWith(QLatin1Char(':'));
        parts << question + (asks ? QStringLiteral(" ") : QStringLiteral(": ")) + answer;
    }
    return parts.join(QLatin1Char('\n'));
}

QString ImportRun::notATime(const QString &text) const
{
    using ImportValues::DateOrder;
    const QString quoted = Validation::quoted(text);
    if (!ImportValues::slashDateParts(text))
        return tr("\"%1\" is not a date and time (write 2026-11-24T09:30:00Z, 2026-11-24 "
                  "09:30, Nov 24, 2026 9:30 AM, 11/24/2026 9:30:00 or 24.11.2026 09:30).")
            .arg(quoted);
    switch (m_report.dateOrder) {
    case DateOrder::Undecided:
        // Only a file read once gets here: a file that can be read again was scanned.
        return tr("\"%1\" could be day first or month first, and a file read only once cannot "
                  "be scanned for a date that tells: say which order the file uses.")
            .arg(quoted);
    case DateOrder::DayFirst:
        return m_report.dateOrderLine > 0
                   ? tr("\"%1\" is not a date with the day first, the order of the column's "
                        "dates (line %2 has a day over 12).")
                         .arg(quoted)
                         .arg(m_report.dateOrderLine)
                   : tr("\"%1\" is not a date with the day first.").arg(quoted);
    case DateOrder::MonthFirst:
        return m_report.dateOrderLine > 0
                   ? tr("\"%1\" is not a date with the month first, the order of the column's "
                        "dates (line %2 has a day over 12).")
                         .arg(quoted)
                         .arg(m_report.dateOrderLine)
                   : tr("\"%1\" is not a date with the month first.").arg(quoted);
    }
    return {};
}

QString ImportRun::cell(const CsvReader::Record &record, int column) const
{
    if (column < 0)
        return QString();
    // Our export's neutralised formulas come back as they were.
    QString text = m_options.cellsAsWritten ? record.fields.at(column)
                                            : FormulaGuard::restored(record.fields.at(column));
    return column == m_columns.notes ? text : text.trimmed();
}

QString ImportRun::headerOfField(const QString &field) const
{
    int column = m_report.mapping.column(field);
    if (column < 0 && (field == QLatin1String("first_name") || field == QLatin1String("last_name")))
        column = m_columns.full;
    return column >= 0 ? header(column) : field;
}

void ImportRun::say(ImportIssue issue)
{
    ++m_report.issueCount;
    if (m_sink)
        m_sink(issue);
    if (m_report.issues.size() < ApplicationImport::MaxIssuesKept)
        m_report.issues << std::move(issue);
}

void ImportRun::problem(qint64 line, const QString &column, const QString &reason)
{
    m_rowHasProblem = true;
    say(ImportIssue{ImportIssue::Kind::Problem, line, column, reason});
}

void ImportRun::duplicate(qint64 line, const QString &reason)
{
    ++m_report.duplicatesSkipped;
    say(ImportIssue{ImportIssue::Kind::Duplicate, line, QString(), reason});
}

Status ImportRun::importRecord(const CsvReader::Record &record)
{
    ++m_report.rows;
    m_rowHasProblem = false;
    const qsizetype expected = m_report.mapping.header().size();
    if (record.fields.size() != expected) {
        problem(
            record.line, QString(),
            tr("The row has %1 fields, the header %2.").arg(record.fields.size()).arg(expected));
        ++m_report.badRows;
        return {};
    }
    Row row;
    if (!convert(record, row)) {
        ++m_report.badRows;
        return {};
    }
    if (auto placed = place(row, record.line); !placed)
        return placed;
    if (m_rowHasProblem)
        ++m_report.badRows;
    return {};
}

bool ImportRun::convert(const CsvReader::Record &record, Row &row)
{
    const qint64 line = record.line;
    Applicant &a = row.applicant;
    if (m_columns.full >= 0) {
        const QString full = cell(record, m_columns.full);
        if (const auto name = ImportValues::splitFullName(full)) {
            a.firstName = name->first;
            a.lastName = name->last;
        } else if (!full.isEmpty()) {
            problem(line, header(m_columns.full),
                    tr("\"%1\" is not a first and a last name; map separate first and last name "
                       "columns if the file has them.")
                        .arg(Validation::quoted(full)));
            a.firstName = a.lastName = full; // checked no further
        }
    } else {
        a.firstName = cell(record, m_columns.first);
        a.lastName = cell(record, m_columns.last);
    }
    a.email = cell(record, m_columns.email);
    a.phone = cell(record, m_columns.phone);
    a.country = cell(record, m_columns.country);
    a.timeZone = cell(record, m_columns.timeZone);
    a.linkedinUrl = cell(record, m_columns.linkedin);
    a.githubUrl = cell(record, m_columns.github);
    a.portfolioUrl = cell(record, m_columns.portfolio);
    a.source = cell(record, m_columns.source);
    a.campaign = cell(record, m_columns.campaign);
    a.referrer = cell(record, m_columns.referrer);
    a.notes = notesWithAnswers(record);
    row.entryId = cell(record, m_columns.entryId);
    if (m_columns.consent >= 0) {
        const QString text = cell(record, m_columns.consent);
        if (const auto consent = ImportValues::yesNo(text))
            a.consent = *consent;
        else
            problem(line, header(m_columns.consent),
                    tr("\"%1\" is neither yes nor no (yes, no, true, false, 1, 0).")
                        .arg(Validation::quoted(text)));
    }
    for (const FieldError &error : ApplicantService::validate(a))
        problem(line, headerOfField(error.field), error.message);

    const QString trackText = cell(record, m_columns.track);
    const auto track = m_tracks.constFind(lowerKey(trackText));
    if (trackText.isEmpty()) {
        problem(line, header(m_columns.track), tr("The career track is required."));
    } else if (track == m_tracks.constEnd()) {
        problem(line, header(m_columns.track),
                tr("There is no career track \"%1\" (the tracks are %2).")
                    .arg(Validation::quoted(trackText), m_trackList));
    } else if (!track->active) {
        problem(line, header(m_columns.track),
                tr("The career track %1 takes no applications.").arg(track->code));
    } else {
        row.track = &*track;
    }

    const QString cohortText = cell(record, m_columns.cohort);
    if (!cohortText.isEmpty()) {
        const auto cohort = m_cohorts.constFind(lowerKey(cohortText));
        if (cohort == m_cohorts.constEnd())
            problem(line, header(m_columns.cohort),
                    tr("There is no cohort \"%1\".").arg(Validation::quoted(cohortText)));
        else if (row.track && cohort->trackId != row.track->id)
            problem(line, header(m_columns.cohort),
                    tr("The cohort %1 belongs to another track than %2.")
                        .arg(cohort->name, row.track->code));
        else
            row.cohort = &*cohort;
    }

    const QString appliedText = cell(record, m_columns.appliedAt);
    if (!appliedText.isEmpty()) {
        const auto at = ImportValues::timestamp(appliedText, m_timeZone, m_report.dateOrder);
        if (!at)
            problem(line, header(m_columns.appliedAt), notATime(appliedText));
        else if (*at > m_now)
            problem(line, header(m_columns.appliedAt),
                    tr("%1 is in the future.").arg(Validation::quoted(appliedText)));
        else
            row.appliedAt = isStoredForm(appliedText) ? appliedText : Timestamp::format(*at);
    }
    return !m_rowHasProblem;
}

Result<qint64> ImportRun::lookup(PreparedStatement &statement, const QString &key)
{
    statement.bind(1, key);
    if (auto ran = statement.exec(); !ran)
        return ran.error();
    const qint64 id = statement.next() ? statement.int64(0) : 0;
    statement.finish();
    return id;
}

// The applicant's application to the row's track at the row's time (at any time when the row
// does not say), or 0.
Result<qint64> ImportRun::applicationOf(qint64 applicantId, const Row &row)
{
    if (auto written = writePendingApplications(); !written)
        return written.error();
    m_findApplication.bind(1, applicantId);
    if (auto ran = m_findApplication.exec(); !ran)
        return ran.error();
    qint64 found = 0;
    while (found == 0 && m_findApplication.next()) {
        if (m_findApplication.int64(1) == row.track->id &&
            (row.appliedAt.isEmpty() || m_findApplication.text(2) == row.appliedAt))
            found = m_findApplication.int64(0);
    }
    m_findApplication.finish();
    return found;
}

Result<Applicant> ImportRun::knownApplicant(qint64 id)
{
    auto found = ApplicantRepository(m_connection).find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("Applicant %1 disappeared during the import.").arg(id), {}};
    return *found.value();
}

// The mapped fields in which a row names a person differently from `known`.
QStringList ImportRun::differences(const Applicant &known, const Applicant &row) const
{
    const struct
    {
        const char *field;
        const QString &known;
        const QString &row;
    } compared[] = {{"first_name", known.firstName, row.firstName},
                    {"last_name", known.lastName, row.lastName},
                    {"phone", known.phone, row.phone}};
    QStringList fields;
    for (const auto &c : compared) {
        if (c.known != c.row)
            fields << headerOfField(QLatin1String(c.field));
    }
    fields.removeDuplicates();
    return fields;
}

Result<bool> ImportRun::entryKnown(const Row &row, qint64 line)
{
    if (row.entryId.isEmpty())
        return false;
    if (const qint64 earlier = m_entryLines.value(row.entryId)) {
        problem(line, header(m_columns.entryId),
                tr("The same entry as line %1 (a duplicate in the file).").arg(earlier));
        return true;
    }
    m_entryLines.insert(row.entryId, line);
    m_findEntry.bind(1, m_entrySource);
    m_findEntry.bind(2, row.entryId);
    if (auto ran = m_findEntry.exec(); !ran)
        return ran.error();
    const bool imported = m_findEntry.next();
    m_findEntry.finish();
    // Imported before, whatever the person changed since (their email too): nothing to say.
    if (imported) {
        ++m_report.alreadyThere;
        return true;
    }
    // Strictly older: another entry of the same second as the last one may be new.
    const bool older =
        !m_lastEntryAt.isEmpty() && !row.appliedAt.isEmpty() && row.appliedAt < m_lastEntryAt;
    if (older && !m_options.olderEntries) {
        ++m_report.olderEntriesSkipped;
        return true;
    }
    if (!older)
        ++m_report.newEntries;
    return false;
}

Status ImportRun::place(const Row &row, qint64 line)
{
    if (auto known = entryKnown(row, line); !known)
        return known.error();
    else if (known.value())
        return {};
    const QString emailKey = ApplicantRepository::normalizedEmail(row.applicant.email);
    const QString phoneKey = ApplicantRepository::normalizedPhone(row.applicant.phone);
    auto found = lookup(m_findEmail, emailKey);
    if (!found)
        return found.error();
    const bool sameEmail = found.value() != 0;
    if (!sameEmail && !phoneKey.isEmpty()) {
        found = lookup(m_findPhone, phoneKey);
        if (!found)
            return found.error();
    }
    const qint64 known = found.value();
    if (known == 0) {
        auto id = insertApplicant(row.applicant, emailKey, phoneKey);
        if (!id)
            return id.error();
        m_applicantLines.add(id.value(), line);
        ++m_report.applicantsAdded;
        Applicant added = row.applicant;
        added.id = id.value();
        if (Status recorded = m_audit.record(ApplicantAudit::created(added)); !recorded)
            return recorded;
        return insertApplication(id.value(), ApplicantRepository::sortKeysOf(row.applicant), row,
                                 line);
    }

    if (known >= m_firstNewApplicant) {
        // The same person earlier in this file.
        const qint64 earlier = m_applicantLines.lineOf(known);
        if (!sameEmail) {
            if (m_options.onDuplicate == ApplicationImport::OnDuplicate::Error)
                problem(line, headerOfField(QStringLiteral("phone")),
                        tr("The same phone number as line %1, with another email.").arg(earlier));
            else
                duplicate(line, tr("The same phone number as line %1, with another email: "
                                   "skipped.")
                                    .arg(earlier));
            return {};
        }
        auto applicant = knownApplicant(known);
        if (!applicant)
            return applicant.error();
        if (const QStringList fields = differences(applicant.value(), row.applicant);
            !fields.isEmpty()) {
            problem(line, fields.first(),
                    tr("The same email as line %1, but a different %2: which is right?")
                        .arg(earlier)
                        .arg(fields.join(QStringLiteral(", "))));
            return {};
        }
        auto application = applicationOf(known, row);
        if (!application)
            return application.error();
        if (application.value() != 0) {
            problem(line, QString(),
                    tr("The same application as line %1 (a duplicate in the file).")
                        .arg(m_applicationLines.lineOf(application.value())));
            return {};
        }
        // A second application of that person.
        return insertApplication(known, ApplicantRepository::sortKeysOf(applicant.value()), row,
                                 line);
    }

    auto applicant = knownApplicant(known);
    if (!applicant)
        return applicant.error();
    const QString who = tr("applicant %1 (%2)").arg(known).arg(applicant.value().fullName());
    const QString key = sameEmail ? tr("the same email") : tr("the same phone number");
    switch (m_options.onDuplicate) {
    case ApplicationImport::OnDuplicate::Error:
        problem(line, headerOfField(sameEmail ? QStringLiteral("email") : QStringLiteral("phone")),
                tr("Already in the database: %1 has %2.").arg(who, key));
        return {};
    case ApplicationImport::OnDuplicate::Skip: {
        auto application = applicationOf(known, row);
        if (!application)
            return application.error();
        if (application.value() != 0 && sameEmail)
            ++m_report.alreadyThere; // imported before: nothing to say
        else
            duplicate(line, tr("Already in the database: %1 has %2; skipped.").arg(who, key));
        return {};
    }
    case ApplicationImport::OnDuplicate::Update:
        if (!sameEmail) {
            duplicate(line, tr("The same phone number as %1, but another email: skipped, not "
                               "merged.")
                                .arg(who));
            return {};
        }
        return updateFromRow(applicant.value(), row, line);
    }
    return {};
}

// The duplicate policy "update": the row's non-empty cells over the known applicant, and the
// row's application if the applicant does not have it yet.
Status ImportRun::updateFromRow(const Applicant &known, const Row &row, qint64 line)
{
    Applicant merged = known;
    const Applicant &r = row.applicant;
    const std::pair<QString *, const QString *> texts[] = {{&merged.firstName, &r.firstName},
                                                           {&merged.lastName, &r.lastName},
                                                           {&merged.email, &r.email},
                                                           {&merged.phone, &r.phone},
                                                           {&merged.country, &r.country},
                                                           {&merged.timeZone, &r.timeZone},
                                                           {&merged.linkedinUrl, &r.linkedinUrl},
                                                           {&merged.githubUrl, &r.githubUrl},
                                                           {&merged.portfolioUrl, &r.portfolioUrl},
                                                           {&merged.source, &r.source},
                                                           {&merged.campaign, &r.campaign},
                                                           {&merged.referrer, &r.referrer},
                                                           {&merged.notes, &r.notes}};
    bool changed = false;
    for (const auto &[to, from] : texts) {
        if (!from->isEmpty() && *to != *from) {
            *to = *from;
            changed = true;
        }
    }
    if (m_columns.consent >= 0 && merged.consent != r.consent) {
        merged.consent = r.consent;
        changed = true;
    }
    if (changed) {
        merged.updatedAt = m_now;
        if (auto updated = ApplicantRepository(m_connection).update(merged); !updated)
            return updated;
        ++m_report.applicantsUpdated;
        // `known` is the row place() read to find the duplicate: what the applicant was.
        for (const AuditEntry &change : ApplicantAudit::changes(known, merged)) {
            if (Status recorded = m_audit.record(change); !recorded)
                return recorded;
        }
    }
    auto application = applicationOf(known.id, row);
    if (!application)
        return application.error();
    if (application.value() == 0)
        return insertApplication(known.id, ApplicantRepository::sortKeysOf(merged), row, line);
    if (!changed)
        ++m_report.alreadyThere;
    return {};
}

// ApplicantRepository::insertSql(), with the duplicate keys place() has already worked out.
Result<qint64> ImportRun::insertApplicant(const Applicant &a, const QString &emailKey,
                                          const QString &phoneKey)
{
    PreparedStatement &s = m_insertApplicant;
    s.bind(1, a.firstName);
    s.bind(2, a.lastName);
    s.bind(3, a.email);
    s.bind(4, emailKey);
    s.bind(5, a.phone);
    s.bind(6, phoneKey);
    s.bind(7, a.country);
    s.bind(8, a.timeZone);
    s.bind(9, a.linkedinUrl);
    s.bind(10, a.githubUrl);
    s.bind(11, a.portfolioUrl);
    s.bind(12, a.source);
    s.bind(13, a.campaign);
    s.bind(14, a.referrer);
    s.bind(15, qint64(a.consent ? 1 : 0));
    s.bind(16, a.notes);
    s.bind(17, m_nowText); // updated
    s.bind(18, m_nowText); // created
    if (auto ran = s.exec(); !ran)
        return ran.error();
    return s.lastInsertId();
}

Status ImportRun::insertApplication(qint64 applicantId, const ApplicantSortKeys &applicant,
                                    const Row &row, qint64 line)
{
    m_pending.push_back(PendingApplication{
        applicantId, row.track->id, row.track->code, row.cohort ? row.cohort->id : 0,
        row.cohort ? row.cohort->name : QString(), applicant,
        row.appliedAt.isEmpty() ? m_nowText : row.appliedAt, line, row.entryId});
    ++m_report.applicationsAdded;
    return m_pending.size() == ApplicationBatch ? writePendingApplications() : Status();
}

Status ImportRun::writePendingApplications()
{
    const bool batch = m_pending.size() == ApplicationBatch;
    PreparedStatement &s = batch ? m_insertApplications : m_insertApplication;
    int index = 1;
    const auto write = [&]() -> Status {
        if (auto ran = s.exec(); !ran)
            return ran;
        index = 1;
        return {};
    };
    for (const PendingApplication &a : m_pending) {
        s.bind(index++, a.applicantId);
        s.bind(index++, a.trackId);
        if (a.cohortId > 0)
            s.bind(index++, a.cohortId);
        else
            s.bindNull(index++);
        s.bind(index++, a.appliedAt);
        s.bind(index++, m_nowText);
        s.bind(index++, m_nowText);
        if (a.cohortId > 0)
            s.bind(index++, a.cohortName);
        else
            s.bindNull(index++);
        s.bind(index++, a.applicant.phoneNorm);
        s.bind(index++, a.applicant.lastName);
        s.bind(index++, a.applicant.firstName);
        s.bind(index++, a.applicant.emailNorm);
        s.bind(index++, a.applicant.source);
        s.bind(index++, a.applicant.campaign);
        if (!batch) {
            if (auto written = write(); !written)
                return written;
            if (Status recorded = applicationWritten(s.lastInsertId(), a); !recorded)
                return recorded;
        }
    }
    if (batch) {
        if (auto written = write(); !written)
            return written;
        // One statement: the rows took the ids up to the last one, in order.
        qint64 id = s.lastInsertId() - ApplicationBatch;
        for (const PendingApplication &a : m_pending) {
            if (Status recorded = applicationWritten(++id, a); !recorded)
                return recorded;
        }
    }
    m_pending.clear();
    return {};
}

Status ImportRun::applicationWritten(qint64 id, const PendingApplication &a)
{
    m_applicationLines.add(id, a.line);
    if (!a.entryId.isEmpty()) {
        m_insertEntry.bind(1, id);
        m_insertEntry.bind(2, m_entrySource);
        m_insertEntry.bind(3, a.entryId);
        if (auto ran = m_insertEntry.exec(); !ran)
            return ran;
    }
    return m_audit.record(
        ApplicantAudit::applicationCreated(id, a.applicantId, a.trackCode, a.cohortId));
}

Status ImportRun::finish(const QString &fileSha256)
{
    if (m_report.applicationsAdded > 0) {
        if (Status written = writeFirstStatusEvents(); !written)
            return written;
        QElapsedTimer timer;
        timer.start();
        if (auto indexed =
                ApplicationSearchIndex(m_connection).addApplicationsFrom(m_firstNewApplication);
            !indexed)
            return indexed;
        qCInfo(lcImport) << "search index:" << timer.elapsed() << "ms";
    }
    // Also when nothing changed: who imported which file is on the record.
    return m_audit.record(importEntry(fileSha256));
}

// The first status event of every application written, by one statement, and one record in the
// audit trail that covers them all.
Status ImportRun::writeFirstStatusEvents()
{
    const Sql sql(m_connection);
    // English whatever the desk's language: the history is a record (like the statuses).
    const QString cause = QStringLiteral("imported from %1").arg(m_options.fileName);
    QElapsedTimer timer;
    timer.start();
    auto before = sql.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM status_events"));
    if (!before)
        return before.error();
    auto events = sql.exec(
        QStringLiteral("INSERT INTO status_events (application_id, from_status, to_status, at, "
                       "by_user_id, reason, cause) SELECT id, NULL, 'applied', ?, ?, '', ? FROM "
                       "applications WHERE id >= ?"),
        {m_nowText, Sql::idOrNull(m_actor.userId), cause, m_firstNewApplication});
    if (!events)
        return events.error();
    qCInfo(lcImport) << "status events:" << timer.restart() << "ms";
    // One statement inside our write transaction: the events took the ids after the last one,
    // in order (coverStatusEvents() refuses a range with a gap).
    const qint64 first = before.value().toLongLong() + 1;
    if (Status covered = m_audit.coverStatusEvents(first, first + events.value() - 1, cause);
        !covered)
        return covered;
    qCInfo(lcImport) << "audit of the status events:" << timer.elapsed() << "ms";
    return {};
}

AuditEntry ImportRun::importEntry(const QString &fileSha256) const
{
    const ApplicationImport::Report &r = m_report;
    // Plain English like the history's causes; labels before numbers need no plurals.
    const QString counts = QStringLiteral("rows read: %1, new applications: %2, new applicants: "
                                          "%3, applicants updated: %4, already in the database: "
                                          "%5, duplicates skipped: %6, bad rows skipped: %7")
                               .arg(r.rows)
                               .arg(r.applicationsAdded)
                               .arg(r.applicantsAdded)
                               .arg(r.applicantsUpdated)
                               .arg(r.alreadyThere)
                               .arg(r.duplicatesSkipped)
                               .arg(r.badRows);
    AuditEntry entry(QStringLiteral("import"), QStringLiteral("import"));
    // One arg() for the file's name: a "%1" in it stays as it is.
    entry.note =
        QStringLiteral("%1, SHA-256 %2; duplicates: %3; %4")
            .arg(m_options.fileName, fileSha256, policyName(m_options.onDuplicate), counts);
    return entry;
}
