#include "browse/applicationsearchindex.h"

#include "db/sql.h"
#include "domain/validation.h"
#include "repositories/applicantrepository.h"

#include <QRegularExpression>

namespace {
// The indexed columns of an application: its applicant's name, email and phone key.
const QString IndexedColumns =
    QStringLiteral("INSERT INTO application_search (rowid, name, email, phone) "
                   "SELECT a.id, p.first_name || ' ' || p.last_name, p.email, p.phone_norm "
                   "FROM applications a JOIN applicants p ON p.id = a.applicant_id ");
} // namespace

Sql ApplicationSearchIndex::sql() const
{
    return Sql(m_connection);
}

Status ApplicationSearchIndex::addApplication(qint64 applicationId)
{
    if (auto added = sql().exec(IndexedColumns + QStringLiteral("WHERE a.id = ?"), {applicationId});
        !added)
        return added.error();
    return {};
}

Status ApplicationSearchIndex::updateApplicant(const Applicant &applicant)
{
    if (auto removed = sql().exec(QStringLiteral("DELETE FROM application_search WHERE rowid IN "
                                                 "(SELECT id FROM applications WHERE "
                                                 "applicant_id = ?)"),
                                  {applicant.id});
        !removed)
        return removed.error();
    if (auto added =
            sql().exec(IndexedColumns + QStringLiteral("WHERE a.applicant_id = ?"), {applicant.id});
        !added)
        return added.error();
    return {};
}

Status ApplicationSearchIndex::addApplicationsFrom(qint64 firstId)
{
    // Some may be indexed already: an applicant updated during the import is indexed again
    // with all its applications.
    if (auto removed = sql().exec(QStringLiteral("DELETE FROM application_search WHERE rowid >= ?"),
                                  {firstId});
        !removed)
        return removed.error();
    if (auto added = sql().exec(IndexedColumns + QStringLiteral("WHERE a.id >= ?"), {firstId});
        !added)
        return added.error();
    return {};
}

Status ApplicationSearchIndex::rebuild()
{
    if (auto cleared = sql().exec(QStringLiteral("DELETE FROM application_search")); !cleared)
        return cleared.error();
    if (auto filled = sql().exec(IndexedColumns); !filled)
        return filled.error();
    return {};
}

Status ApplicationSearchIndex::purgeRemovedEntries()
{
    if (auto merged = sql().exec(QStringLiteral(
            "INSERT INTO application_search (application_search) VALUES ('optimize')"));
        !merged)
        return merged.error();
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

qsizetype characters(const QString &text)
{
    return Validation::characterCount(text);
}

// The spellings of a short term that COLLATE NOCASE does not treat as one: it folds only A-Z,
// so "öz" must also be looked up as "Öz", "öZ" and "ÖZ" (ASCII letters are left to NOCASE).
QStringList nocaseSpellings(const QString &text)
{
    QStringList spellings{QString()};
    for (const QChar c : text) {
        QChar lower = c;
        QChar upper = c;
        if (c.unicode() < 0x80) {
            lower = upper = c.toLower();
        } else if (!c.isSurrogate()) {
            lower = c.toLower();
            upper = c.toUpper();
        }
        QStringList longer;
        for (const QString &spelling : std::as_const(spellings)) {
            longer << spelling + lower;
            if (upper != lower)
                longer << spelling + upper;
        }
        spellings = longer;
    }
    return spellings;
}

// The least text after every text that starts with `prefix`, in SQLite's order of text
// (UTF-8 bytes, which is code point order), or, with `nocase`, in the order of COLLATE NOCASE,
// which sorts A-Z as a-z. Nothing when no text comes after (a prefix ending in U+FFFF or
// U+10FFFF, which are not characters).
std::optional<QString> after(QString prefix, bool nocase)
{
    char16_t last = prefix.back().unicode();
    if (last == 0xffff || last == 0xdfff)
        return std::nullopt;
    last = last == 0xd7ff ? char16_t(0xe000) : char16_t(last + 1); // over the surrogates
    if (nocase && last >= u'A' && last <= u'Z')
        last = u'['; // after '@' comes '[' when A-Z count as a-z
    prefix.back() = QChar(last);
    return prefix;
}

struct PrefixLookup
{
    QString sql;
    QVariantList values;
};

// Ranges over applicants_first_name, applicants_last_name and the unique index of email_norm.
PrefixLookup prefixLookup(const QString &term)
{
    PrefixLookup lookup;
    const QString text = searchText(term);
    QStringList applicants;
    if (!text.isEmpty()) {
        for (const QString &spelling : nocaseSpellings(text)) {
            const auto end = after(spelling, true);
            if (!end)
                continue;
            for (const char *column : {"first_name", "last_name"}) {
                applicants << QStringLiteral("SELECT id FROM applicants WHERE %1 COLLATE NOCASE "
                                             ">= ? AND %1 COLLATE NOCASE < ?")
                                  .arg(QLatin1String(column));
                lookup.values << spelling << *end;
            }
        }
        const QString email = ApplicantRepository::normalizedEmail(text);
        if (const auto end = after(email, false)) {
            applicants << QStringLiteral(
                "SELECT id FROM applicants WHERE email_norm >= ? AND email_norm < ?");
            lookup.values << email << *end;
        }
    }
    lookup.sql = applicants.isEmpty() ? QStringLiteral("SELECT id FROM applicants WHERE 0")
                                      : applicants.join(QStringLiteral(" UNION ALL "));
    return lookup;
}
} // namespace

bool ApplicationSearchIndex::isSearchable(const QString &term)
{
    // An application's number is searchable however short: desks start at application 1.
    return characters(searchText(term)) >= MinimumTermLength || applicationId(term).has_value();
}

bool ApplicationSearchIndex::isSubstring(const QString &term)
{
    return characters(searchText(term)) >= MinimumSubstringLength;
}

std::optional<qint64> ApplicationSearchIndex::applicationId(const QString &term)
{
    // Ids have no leading zero: "0812" is part of a phone number.
    static const QRegularExpression digits(QStringLiteral("^[1-9][0-9]{0,17}$"));
    const QString text = term.simplified();
    if (!digits.match(text).hasMatch())
        return std::nullopt;
    return text.toLongLong();
}

QString ApplicationSearchIndex::applicantsStartingSql(const QString &term)
{
    return prefixLookup(term).sql;
}

QVariantList ApplicationSearchIndex::prefixValues(const QString &term)
{
    return prefixLookup(term).values;
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
