#include "applicantsearchindex.h"

#include "applicantrepository.h"

#include <QRegularExpression>

Status ApplicantSearchIndex::put(const Applicant &a)
{
    if (auto removed =
            m_sql.exec(QStringLiteral("DELETE FROM applicant_search WHERE rowid = ?"), {a.id});
        !removed)
        return removed.error();
    auto added = m_sql.exec(QStringLiteral("INSERT INTO applicant_search (rowid, name, email, "
                                           "phone) VALUES (?, ?, ?, ?)"),
                            {a.id, a.firstName.trimmed() + QLatin1Char(' ') + a.lastName.trimmed(),
                             a.email.trimmed(), ApplicantRepository::normalizedPhone(a.phone)});
    if (!added)
        return added.error();
    return {};
}

Status ApplicantSearchIndex::rebuild()
{
    if (auto cleared = m_sql.exec(QStringLiteral("DELETE FROM applicant_search")); !cleared)
        return cleared.error();
    auto filled = m_sql.exec(QStringLiteral(
        "INSERT INTO applicant_search (rowid, name, email, phone) "
        "SELECT id, first_name || ' ' || last_name, email, phone_norm FROM applicants"));
    if (!filled)
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

bool ApplicantSearchIndex::isSearchable(const QString &term)
{
    return searchText(term).size() >= MinimumTermLength;
}

QString ApplicantSearchIndex::idsMatchingSql()
{
    return QStringLiteral("SELECT rowid FROM applicant_search WHERE applicant_search MATCH ?");
}

QString ApplicantSearchIndex::matchValue(const QString &term)
{
    QString text = searchText(term);
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}
