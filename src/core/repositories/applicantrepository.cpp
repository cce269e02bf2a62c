#include "repositories/applicantrepository.h"

#include "browse/applicationsearchindex.h"
#include "domain/timestamp.h"

namespace {
const QString Select = QStringLiteral(
    "SELECT id, first_name, last_name, email, phone, country, time_zone, linkedin_url, "
    "github_url, portfolio_url, source, campaign, referrer, consent, notes, created_at, "
    "updated_at, (SELECT at FROM erasures e WHERE e.applicant_id = applicants.id), "
    "coalesce(merged_into, 0) FROM applicants ");

Applicant applicantFrom(const QSqlQuery &q)
{
    Applicant a;
    a.id = q.value(0).toLongLong();
    a.firstName = q.value(1).toString();
    a.lastName = q.value(2).toString();
    a.email = q.value(3).toString();
    a.phone = q.value(4).toString();
    a.country = q.value(5).toString();
    a.timeZone = q.value(6).toString();
    a.linkedinUrl = q.value(7).toString();
    a.githubUrl = q.value(8).toString();
    a.portfolioUrl = q.value(9).toString();
    a.source = q.value(10).toString();
    a.campaign = q.value(11).toString();
    a.referrer = q.value(12).toString();
    a.consent = q.value(13).toBool();
    a.notes = q.value(14).toString();
    a.createdAt = Timestamp::parse(q.value(15).toString());
    a.updatedAt = Timestamp::parse(q.value(16).toString());
    if (!q.value(17).isNull())
        a.erasedAt = Timestamp::parse(q.value(17).toString());
    a.mergedInto = q.value(18).toLongLong();
    return a;
}

// The columns that insert and update write, in this order.
QVariantList editableValues(const Applicant &a)
{
    return {a.firstName.trimmed(),
            a.lastName.trimmed(),
            a.email.trimmed(),
            ApplicantRepository::normalizedEmail(a.email),
            a.phone.trimmed(),
            ApplicantRepository::normalizedPhone(a.phone),
            a.country.trimmed(),
            a.timeZone.trimmed(),
            a.linkedinUrl.trimmed(),
            a.githubUrl.trimmed(),
            a.portfolioUrl.trimmed(),
            a.source.trimmed(),
            a.campaign.trimmed(),
            a.referrer.trimmed(),
            a.consent,
            a.notes,
            Timestamp::format(a.updatedAt)};
}
} // namespace

QString ApplicantRepository::normalizedEmail(const QString &email)
{
    return email.trimmed().toLower();
}

QString ApplicantRepository::normalizedPhone(const QString &phone)
{
    QString digits;
    const QString trimmed = phone.trimmed();
    for (const QChar c : trimmed) {
        if (c.isDigit())
            digits += c;
    }
    if (trimmed.startsWith(QLatin1Char('+')) && !digits.isEmpty())
        digits.prepend(QLatin1Char('+'));
    return digits;
}

ApplicantSortKeys ApplicantRepository::sortKeysOf(const Applicant &applicant)
{
    return {applicant.lastName.trimmed(), applicant.firstName.trimmed(),
            normalizedEmail(applicant.email), normalizedPhone(applicant.phone),
            applicant.source.trimmed(), applicant.campaign.trimmed()};
}

QString ApplicantRepository::insertSql()
{
    return QStringLiteral(
        "INSERT INTO applicants (first_name, last_name, email, email_norm, phone, phone_norm, "
        "country, time_zone, linkedin_url, github_url, portfolio_url, source, campaign, "
        "referrer, consent, notes, updated_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
}

Result<qint64> ApplicantRepository::insert(const Applicant &applicant)
{
    QVariantList values = editableValues(applicant);
    values << Timestamp::format(applicant.createdAt);
    auto id = m_sql.insert(insertSql(), values);
    // Nothing to index yet: the search index holds applications.
    return id;
}

Status ApplicantRepository::update(const Applicant &applicant)
{
    QVariantList values = editableValues(applicant);
    values << applicant.id;
    auto done = m_sql.exec(
        QStringLiteral("UPDATE applicants SET first_name = ?, last_name = ?, email = ?, "
                       "email_norm = ?, phone = ?, phone_norm = ?, country = ?, time_zone = ?, "
                       "linkedin_url = ?, github_url = ?, portfolio_url = ?, source = ?, "
                       "campaign = ?, referrer = ?, consent = ?, notes = ?, updated_at = ? "
                       "WHERE id = ?"),
        values);
    if (!done)
        return done.error();
    if (done.value() != 1)
        return Error{QStringLiteral("Applicant %1 does not exist").arg(applicant.id), {}};
    return ApplicationSearchIndex(m_sql.connectionName()).updateApplicant(applicant);
}

Result<std::optional<Applicant>> ApplicantRepository::find(qint64 id) const
{
    return m_sql.row<Applicant>(Select + QStringLiteral("WHERE id = ?"), {id}, applicantFrom);
}

Result<QList<Applicant>> ApplicantRepository::findDuplicates(const QString &email,
                                                             const QString &phone,
                                                             qint64 excludeId) const
{
    const QString phoneKey = normalizedPhone(phone);
    // The phone key '' never matches: the partial index leaves empty phones out.
    return m_sql.rows<Applicant>(
        Select + QStringLiteral("WHERE id <> ? AND (email_norm = ? OR (phone_norm = ? AND "
                                "phone_norm <> '')) ORDER BY id LIMIT 20"),
        {excludeId, normalizedEmail(email), phoneKey}, applicantFrom);
}

QString ApplicantRepository::mergedFirstName()
{
    return QStringLiteral("Merged");
}

QString ApplicantRepository::mergedLastName(qint64 applicantId)
{
    return QStringLiteral("applicant %1").arg(applicantId);
}

Status ApplicantRepository::markMerged(qint64 duplicateId, qint64 survivorId, const QDateTime &at)
{
    // email_norm stays unique and can never be an address (no '@'), so the survivor may take
    // the duplicate's email in the same transaction; the phone is blanked so that duplicate
    // checks and the import no longer find the tombstone.
    auto marked = m_sql.exec(
        QStringLiteral("UPDATE applicants SET first_name = ?, last_name = ?, email = '', "
                       "email_norm = 'merged:' || id, phone = '', phone_norm = '', "
                       "time_zone = '', linkedin_url = '', github_url = '', portfolio_url = '', "
                       "referrer = '', notes = '', merged_into = ?, updated_at = ? "
                       "WHERE id = ? AND merged_into IS NULL"),
        {mergedFirstName(), mergedLastName(duplicateId), survivorId, Timestamp::format(at),
         duplicateId});
    if (!marked)
        return marked.error();
    if (marked.value() != 1)
        return Error{QStringLiteral("Applicant %1 does not exist or is merged").arg(duplicateId),
                     {}};
    // Records merged into the duplicate before now name the survivor: one step, always.
    if (auto repointed = m_sql.exec(
            QStringLiteral("UPDATE applicants SET merged_into = ? WHERE merged_into = ?"),
            {survivorId, duplicateId});
        !repointed)
        return repointed.error();
    return {};
}

Result<QList<qint64>> ApplicantRepository::mergedInto(qint64 survivorId) const
{
    return m_sql.rows<qint64>(
        QStringLiteral("SELECT id FROM applicants WHERE merged_into = ? ORDER BY id"), {survivorId},
        [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}
