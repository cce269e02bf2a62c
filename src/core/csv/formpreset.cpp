#include "csv/formpreset.h"

#include "csv/importmapping.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFormPreset, "admissions.import.forms", QtWarningMsg)

namespace {
const QString PresetFolder = QStringLiteral(":/forms");
} // namespace

QString FormPreset::key(const QString &header)
{
    return header.simplified().toCaseFolded();
}

const QList<FormPreset> &FormPreset::all()
{
    static const QList<FormPreset> presets = [] {
        QList<FormPreset> loaded;
        const QStringList files =
            QDir(PresetFolder).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            QFile file(PresetFolder + QLatin1Char('/') + name);
            if (!file.open(QIODevice::ReadOnly))
                continue;
            // The presets are built in and a test reads each one: a broken one is a bug.
            if (auto preset = fromJson(file.readAll(), file.fileName()))
                loaded << preset.value();
            else
                qCWarning(lcFormPreset) << preset.error().text();
        }
        return loaded;
    }();
    return presets;
}

std::optional<FormPreset> FormPreset::recognise(const QStringList &header)
{
    const FormPreset *best = nullptr;
    int bestStrength = 0;
    for (const FormPreset &preset : all()) {
        const int strength = preset.recognitionStrength(header);
        if (strength > bestStrength) {
            best = &preset;
            bestStrength = strength;
        }
    }
    return best ? std::optional<FormPreset>(*best) : std::nullopt;
}

int FormPreset::recognitionStrength(const QStringList &header) const
{
    QStringList keys;
    for (const QString &name : header)
        keys << key(name);
    int strength = 0;
    for (const QStringList &alternative : m_recognisedBy) {
        const bool all = std::all_of(alternative.begin(), alternative.end(),
                                     [&keys](const QString &k) { return keys.contains(k); });
        if (all)
            strength = std::max(strength, int(alternative.size()));
    }
    return strength;
}

bool FormPreset::names(const QString &header) const
{
    return m_columns.contains(key(header));
}

QString FormPreset::fieldOf(const QString &header) const
{
    return m_fields.value(m_columns.indexOf(key(header)));
}

Result<FormPreset> FormPreset::fromJson(const QByteArray &json, const QString &source)
{
    QJsonParseError parsed;
    const QJsonObject object = QJsonDocument::fromJson(json, &parsed).object();
    if (parsed.error != QJsonParseError::NoError)
        return Error{
            tr("%1: the form preset is not valid JSON: %2").arg(source, parsed.errorString()), {}};
    FormPreset preset;
    preset.m_name = object.value(QLatin1String("name")).toString();
    if (preset.m_name.isEmpty())
        return Error{tr("%1: the form preset has no name.").arg(source), {}};
    for (const QJsonValue &alternative : object.value(QLatin1String("recognisedBy")).toArray()) {
        QStringList keys;
        for (const QJsonValue &header : alternative.toArray())
            keys << key(header.toString());
        if (!keys.isEmpty())
            preset.m_recognisedBy << keys;
    }
    if (preset.m_recognisedBy.isEmpty())
        return Error{tr("%1: the form preset names no header that recognises it.").arg(source), {}};
    const QJsonObject columns = object.value(QLatin1String("columns")).toObject();
    const QStringList fields = ImportMapping::fields();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        const QString field = it.value().toString();
        if (!field.isEmpty() && !fields.contains(field))
            return Error{tr("%1: the column \"%2\" maps to \"%3\", which is not a field.")
                             .arg(source, it.key(), field),
                         {}};
        preset.m_columns << key(it.key());
        preset.m_fields << field;
    }
    if (const QString zone = object.value(QLatin1String("timeZone")).toString(); !zone.isEmpty()) {
        preset.m_timeZone = QTimeZone(zone.toUtf8());
        if (!preset.m_timeZone->isValid())
            return Error{tr("%1: \"%2\" is not a time zone.").arg(source, zone), {}};
    }
    return preset;
}
