#include "csv/importmapping.h"

#include "csv/formpreset.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace {

struct FieldInfo
{
    const char *name;
    const char *label;
    // Header names that mean this field, in the form of headerKey(): lower case, letters and
    // digits only.
    const char *aliases;
};

// The field names are an interface (saved mappings, mapping files): add, never rename.
constexpr FieldInfo Fields[] = {
    {"first_name", QT_TRANSLATE_NOOP("ImportMapping", "First name"),
     "firstname|first|givenname|forename|vorname|prenom"},
    {"last_name", QT_TRANSLATE_NOOP("ImportMapping", "Last name"),
     "lastname|last|surname|familyname|nachname|nom"},
    {"full_name", QT_TRANSLATE_NOOP("ImportMapping", "Full name (split into first and last)"),
     "fullname|name|yourname|applicantname|candidatename"},
    {"email", QT_TRANSLATE_NOOP("ImportMapping", "Email"),
     "email|emailaddress|youremail|mail|emailadresse|youremailaddress"},
    {"phone", QT_TRANSLATE_NOOP("ImportMapping", "Phone"),
     "phone|phonenumber|mobile|mobilenumber|mobilephone|cell|cellphone|telephone|tel|telefon|"
     "telefonnummer|yourphonenumber"},
    {"track", QT_TRANSLATE_NOOP("ImportMapping", "Career track"),
     "track|careertrack|program|programme|course|trackcode|careerprogram"},
    {"cohort", QT_TRANSLATE_NOOP("ImportMapping", "Cohort"), "cohort|cohortname|intake"},
    {"applied_at", QT_TRANSLATE_NOOP("ImportMapping", "Applied at"),
     "appliedat|timestamp|submittedat|submitted|submissiondate|submissiontime|dateapplied|"
     "applicationdate"},
    {"country", QT_TRANSLATE_NOOP("ImportMapping", "Country"), "country|countryofresidence|land"},
    {"time_zone", QT_TRANSLATE_NOOP("ImportMapping", "Time zone"), "timezone|tz|zeitzone"},
    {"linkedin_url", QT_TRANSLATE_NOOP("ImportMapping", "LinkedIn"),
     "linkedinurl|linkedin|linkedinprofile"},
    {"github_url", QT_TRANSLATE_NOOP("ImportMapping", "GitHub"), "githuburl|github|githubprofile"},
    {"portfolio_url", QT_TRANSLATE_NOOP("ImportMapping", "Portfolio"),
     "portfoliourl|portfolio|website|personalwebsite"},
    {"source", QT_TRANSLATE_NOOP("ImportMapping", "Source"),
     "source|utmsource|howdidyouhearaboutus|heardfrom|leadsource"},
    {"campaign", QT_TRANSLATE_NOOP("ImportMapping", "Campaign"), "campaign|utmcampaign"},
    {"referrer", QT_TRANSLATE_NOOP("ImportMapping", "Referrer"),
     "referrer|referredby|referral|referer"},
    {"consent", QT_TRANSLATE_NOOP("ImportMapping", "Consent to keep data"),
     "consent|dataconsent|gdprconsent|privacyconsent"},
    {"notes", QT_TRANSLATE_NOOP("ImportMapping", "Notes"), "notes|note|comments|comment|message"},
    {"entry_id", QT_TRANSLATE_NOOP("ImportMapping", "Form entry id"),
     "entryid|submissionid|responseid"},
    // A question of the form the desk has no field for: its answer is kept in the notes,
    // under the question. Any number of columns.
    {"question", QT_TRANSLATE_NOOP("ImportMapping", "An answer kept in the notes"), ""},
};

// Columns of our export that are not imported: an import makes new applications.
constexpr const char *ExportOnly[] = {"application_id",
                                      "applicant_id",
                                      "status",
                                      "owner",
                                      "status_changed_at",
                                      "score",
                                      "applicant_created_at",
                                      "qualified_at",
                                      "decision_reason",
                                      "offer_expires_at",
                                      "payment_state",
                                      "job_search_started_on",
                                      "placement_outcome",
                                      "placement_on",
                                      "updated_at"};

const FieldInfo *info(const QString &field)
{
    for (const FieldInfo &f : Fields) {
        if (field == QLatin1String(f.name))
            return &f;
    }
    return nullptr;
}

// "E-mail Address " and "email_address" alike: lower case, letters and digits only.
QString headerKey(const QString &header)
{
    QString key;
    for (const QChar c : header) {
        if (c.isLetterOrNumber())
            key += c.toLower();
    }
    return key;
}

QString fieldForHeader(const QString &header)
{
    const QString key = headerKey(header);
    if (key.isEmpty())
        return QString();
    for (const FieldInfo &f : Fields) {
        const QStringList aliases =
            QString::fromLatin1(f.aliases).toLower().split(QLatin1Char('|'));
        if (!key.isEmpty() && aliases.contains(key))
            return QLatin1String(f.name);
    }
    return QString();
}
} // namespace

QStringList ImportMapping::fields()
{
    QStringList names;
    for (const FieldInfo &f : Fields)
        names << QLatin1String(f.name);
    return names;
}

QString ImportMapping::label(const QString &field)
{
    const FieldInfo *f = info(field);
    return f ? tr(f->label) : field;
}

bool ImportMapping::isExportOnly(const QString &column)
{
    for (const char *name : ExportOnly) {
        if (column == QLatin1String(name))
            return true;
    }
    return false;
}

Status ImportMapping::checkHeader(const QStringList &header)
{
    for (int second = 1; second < header.size(); ++second) {
        const QString &name = header.at(second);
        const int first = name.isEmpty() ? -1 : int(header.indexOf(name));
        if (first >= 0 && first < second)
            return Error{tr("the header names two columns \"%1\" (columns %2 and %3); give each "
                            "column its own name")
                             .arg(name, QString::number(first + 1), QString::number(second + 1)),
                         {}};
    }
    return {};
}

ImportMapping ImportMapping::automatic(const QStringList &header)
{
    ImportMapping mapping(header);
    const std::optional<FormPreset> preset = FormPreset::recognise(header);
    if (preset) {
        mapping.m_form = preset->name();
        mapping.m_formTimeZone = preset->timeZone();
    }
    const auto named = [&preset](const QString &name) { return preset && preset->names(name); };
    // The preset's own columns first, then the usual names for the others. The first column
    // that claims a field gets it: "Name" after "First Name" and "Last Name" is probably
    // something else.
    for (const bool byPreset : {true, false}) {
        for (int i = 0; i < header.size(); ++i) {
            if (named(header.at(i)) != byPreset)
                continue;
            const QString field =
                byPreset ? preset->fieldOf(header.at(i)) : fieldForHeader(header.at(i));
            if (!field.isEmpty() && mapping.column(field) < 0)
                mapping.setField(i, field);
        }
    }
    // What else the form asked is kept: a column no field took, which is neither one the
    // preset leaves out on purpose nor our own export's bookkeeping.
    for (int i = 0; i < header.size(); ++i) {
        if (mapping.field(i).isEmpty() && !header.at(i).trimmed().isEmpty() &&
            !named(header.at(i)) && !isExportOnly(header.at(i)))
            mapping.setField(i, QuestionField);
    }
    // A full name is only needed without first and last names.
    const int fullName = mapping.column(QStringLiteral("full_name"));
    if (fullName >= 0 && mapping.column(QStringLiteral("first_name")) >= 0 &&
        mapping.column(QStringLiteral("last_name")) >= 0)
        mapping.setField(fullName, QString());
    return mapping;
}

QString ImportMapping::entrySource() const
{
    return m_form.isEmpty() ? QStringLiteral("web form") : m_form;
}

QString ImportMapping::recognition() const
{
    return m_form.isEmpty() ? QString() : tr("Recognised: a %1 export.").arg(m_form);
}

ImportMapping::ImportMapping(QStringList header)
    : m_header(std::move(header)), m_fields(m_header.size())
{
}

QString ImportMapping::field(int column) const
{
    return m_fields.value(column);
}

void ImportMapping::setField(int column, const QString &field)
{
    if (column >= 0 && column < m_fields.size())
        m_fields[column] = field;
}

int ImportMapping::column(const QString &field) const
{
    return field.isEmpty() ? -1 : int(m_fields.indexOf(field));
}

QList<int> ImportMapping::columns(const QString &field) const
{
    QList<int> found;
    for (int i = 0; i < m_fields.size(); ++i) {
        if (!field.isEmpty() && m_fields.at(i) == field)
            found << i;
    }
    return found;
}

QStringList ImportMapping::problems() const
{
    QStringList problems;
    const bool split = column(QStringLiteral("full_name")) >= 0;
    const bool firstAndLast =
        column(QStringLiteral("first_name")) >= 0 && column(QStringLiteral("last_name")) >= 0;
    if (!split && !firstAndLast)
        problems << tr("No column is imported as the name: choose first and last name, or a "
                       "full name.");
    if (split &&
        (column(QStringLiteral("first_name")) >= 0 || column(QStringLiteral("last_name")) >= 0))
        problems << tr("Choose either a full name or first and last name, not both.");
    if (column(QStringLiteral("email")) < 0)
        problems << tr("No column is imported as the email, which is required.");
    if (column(QStringLiteral("track")) < 0)
        problems << tr("No column is imported as the career track, which is required.");
    for (const QString &field : fields()) {
        if (field == QuestionField)
            continue; // as many as the form asked
        QStringList columns;
        for (int i = 0; i < m_fields.size(); ++i) {
            if (m_fields.at(i) == field)
                columns << QLatin1Char('"') + m_header.at(i) + QLatin1Char('"');
        }
        if (columns.size() > 1)
            problems << tr("%1 is imported from more than one column: %2.")
                            .arg(label(field), columns.join(QStringLiteral(", ")));
    }
    return problems;
}

QByteArray ImportMapping::toJson() const
{
    QJsonObject object;
    for (int i = 0; i < m_header.size(); ++i)
        object.insert(m_header.at(i), m_fields.at(i));
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Result<ImportMapping> ImportMapping::overriddenBy(const QByteArray &json,
                                                  const QString &source) const
{
    QJsonParseError parsed;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parsed);
    if (parsed.error != QJsonParseError::NoError) {
        const qint64 line = json.left(parsed.offset).count('\n') + 1;
        return Error{tr("%1:%2: the mapping is not valid JSON: %3")
                         .arg(source)
                         .arg(line)
                         .arg(parsed.errorString()),
                     {}};
    }
    if (!document.isObject())
        return Error{tr("%1: the mapping must be a JSON object from column names to fields, "
                        "such as {\"Email Address\": \"email\", \"Internal ID\": \"\"}.")
                         .arg(source),
                     {}};
    ImportMapping mapping = *this;
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString field = it.value().isNull() ? QString() : it.value().toString();
        if (!it.value().isNull() && !it.value().isString())
            return Error{tr("%1: the column \"%2\" must map to a field name (text) or \"\".")
                             .arg(source, it.key()),
                         {}};
        if (!field.isEmpty() && !info(field))
            return Error{tr("%1: the column \"%2\" maps to \"%3\", which is not a field. The "
                            "fields are: %4.")
                             .arg(source, it.key(), field, fields().join(QStringLiteral(", "))),
                         {}};
        for (int i = 0; i < m_header.size(); ++i) {
            if (m_header.at(i) == it.key())
                mapping.setField(i, field);
        }
    }
    return mapping;
}
