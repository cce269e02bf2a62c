#include "applicationsearchindex.h"

#include "applicantrepository.h"

#include <QRegularExpression>

namespace {
// The indexed columns of an application: its applicant's name, email and phone key.
const QString IndexedColumns =
    QStringLiteral("INSERT INTO application_search (rowid, name, email, phone) "
                   "SELECT a.id, p.first_name || ' ' || p.last_name, p.email, p.phone_norm "
                   "FROM applications a JOIN applicants p ON p.id = a.applicant_id ");
} // namespace

Status ApplicationSearchIndex::addApplication(qint64 applicationId)
{
    if (auto added = m_sql.exec(IndexedColumns + QStringLiteral("WHERE a.id = ?"), {applicationId});
        !added)
        return added.error();
    return {};
}

Status ApplicationSearchIndex::updateApplicant(const Applicant &applicant)
{
    if (auto removed = m_sql.exec(QStringLiteral("DELETE FROM application_search WHERE rowid IN "
                                                 "(SELECT id FROM applications WHERE "
                                                 "applicant_id = ?)"),
                                  {applicant.id});
        !removed)
        return removed.error();
    if (auto added =
            m_sql.exec(IndexedColumns + QStringLiteral("WHERE a.applicant_id = ?"), {applicant.id});
        !added)
        return added.error();
    return {};
}

Status ApplicationSearchIndex::addApplicationsFrom(qint64 firstId)
{
    // Some may be indexed already: an applicant updated during the import is indexed again
    // with all its applications.
    if (auto removed = m_sql.exec(QStringLiteral("DELETE FROM application_search WHERE rowid >= ?"),
                                  {firstId});
        !removed)
        return removed.error();
    if (auto added = m_sql.exec(IndexedColumns + QStringLiteral("WHERE a.id >= ?"), {firstId});
        !added)
        return added.error();
    return {};
}

Status ApplicationSearchIndex::rebuild()
{
    if (auto cleared = m_sql.exec(QStringLiteral("DELETE FROM application_search")); !cleared)
        return cleared.error();
    if (auto filled = m_sql.exec(IndexedColumns); !filled)
        return filled.error();
    return {};
}

namespace {
// What is looked up: spaces simplified; "+49 30 123-45" becomes the stored phone key
// "+493012345".
QString searchText(const QString &term)
{
    const QString text = term.simplified();
    static const QRegularExpression phoneLike(QStringLiteral("^\\+?[0-9][0-9 ()./-]*$"));
    return phoneLike.match(text).hasMatch() ? ApplicantRepository::normalizedPhone(text) : text;
}
} // namespace

bool ApplicationSearchIndex::isSearchable(const QString &term)
{
    return searchText(term).size() >= MinimumTermLength;
}

QString ApplicationSearchIndex::idsMatchingSql()
{
    return QStringLiteral("SELECT rowid FROM application_search WHERE application_search MATCH ?");
}

QString ApplicationSearchIndex::countMatchingSql()
{
    return QStringLiteral(
        "SELECT count(*) FROM application_search WHERE application_search MATCH ?");
}

QString ApplicationSearchIndex::pageMatchingSql(Qt::SortOrder order)
{
    // FTS5 walks its rowids in either direction: no sort, and it stops at the page's end.
    return idsMatchingSql() +
           (order == Qt::AscendingOrder ? QStringLiteral(" ORDER BY rowid ASC")
                                        : QStringLiteral(" ORDER BY rowid DESC")) +
           QStringLiteral(" LIMIT ? OFFSET ?");
}

QString ApplicationSearchIndex::matchValue(const QString &term)
{
    QString text = searchText(term);
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}
