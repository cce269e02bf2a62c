#include "csv/auditexport.h"

#include "audit/audittrail.h"
#include "csv/csvwriter.h"
#include "db/database.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "files/privatefile.h"
#include "services/authorization.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cerrno>
#include <memory>

namespace {
const QString Csv = QStringLiteral("csv");
const QString Json = QStringLiteral("json");

// The three values of a record under their column names.
struct NamedValue
{
    const char *column;
    const AuditRecord::Value AuditRecord::*value;
};
constexpr NamedValue Values[] = {{"old_value", &AuditRecord::oldValue},
                                 {"new_value", &AuditRecord::newValue},
                                 {"reason", &AuditRecord::reason}};

QStringList erasedColumns(const AuditRecord &record)
{
    QStringList erased;
    for (const NamedValue &named : Values) {
        if ((record.*named.value).erased)
            erased << QString::fromLatin1(named.column);
    }
    return erased;
}

QString idText(qint64 id)
{
    return id > 0 ? QString::number(id) : QString();
}

QJsonValue idValue(qint64 id)
{
    return id > 0 ? QJsonValue(id) : QJsonValue();
}

// One record as CSV cells, in columns() order.
QStringList cellsOf(const AuditRecord &record)
{
    QStringList cells{QString::number(record.id),
                      Timestamp::format(record.at),
                      idText(record.actorId),
                      record.actorName,
                      record.action,
                      record.entity,
                      idText(record.entityId),
                      record.field};
    for (const NamedValue &named : Values) {
        const AuditRecord::Value &value = record.*named.value;
        cells << (value.erased ? QString::fromLatin1(AuditExport::ErasedMark)
                               : value.text.value_or(QString()));
    }
    cells << record.note << idText(record.firstEvent) << idText(record.lastEvent)
          << erasedColumns(record).join(QLatin1Char(' '));
    return cells;
}

// One record as a JSON object with the same keys: a value erased, or never given, is null, and
// `erased` says which.
QJsonObject objectOf(const AuditRecord &record)
{
    QJsonObject object{
        {QStringLiteral("id"), record.id},
        {QStringLiteral("at"), Timestamp::format(record.at)},
        {QStringLiteral("actor_id"), idValue(record.actorId)},
        {QStringLiteral("actor"), record.actorName},
        {QStringLiteral("action"), record.action},
        {QStringLiteral("entity"), record.entity},
        {QStringLiteral("entity_id"), idValue(record.entityId)},
        {QStringLiteral("field"), record.field},
        {QStringLiteral("note"), record.note},
        {QStringLiteral("first_status_event"), idValue(record.firstEvent)},
        {QStringLiteral("last_status_event"), idValue(record.lastEvent)},
        {QStringLiteral("erased"), QJsonArray::fromStringList(erasedColumns(record))}};
    for (const NamedValue &named : Values) {
        const AuditRecord::Value &value = record.*named.value;
        object.insert(QLatin1String(named.column),
                      value.text ? QJsonValue(*value.text) : QJsonValue());
    }
    return object;
}

// Writes records in one format; false once the device refused.
class RecordWriter
{
public:
    virtual ~RecordWriter() = default;
    virtual bool begin() = 0;
    virtual bool add(const AuditRecord &record) = 0;
    virtual bool finish() = 0;
    int systemError() const { return m_systemError; }

protected:
    bool wrote(QIODevice *out, const QByteArray &bytes)
    {
        errno = 0;
        if (out->write(bytes) == bytes.size())
            return true;
        m_systemError = errno;
        return false;
    }
    int m_systemError = 0;
};

class CsvRecords : public RecordWriter
{
public:
    // Cells a spreadsheet would run as formulas are guarded: a name may begin with '='.
    explicit CsvRecords(QIODevice *out) : m_csv(out, CsvWriter::Options()) {}
    bool begin() override { return add(AuditExport::columns()); }
    bool add(const AuditRecord &record) override { return add(cellsOf(record)); }
    bool finish() override
    {
        if (m_csv.finish())
            return true;
        m_systemError = m_csv.systemError();
        return false;
    }

private:
    bool add(const QStringList &cells)
    {
        for (const QString &cell : cells)
            m_csv.addField(cell);
        m_csv.endRecord();
        return true; // CsvWriter reports a refused write at finish()
    }
    CsvWriter m_csv;
};

// A JSON array with one record a line, written as it is read: a trail of a million records is
// never held whole.
class JsonRecords : public RecordWriter
{
public:
    explicit JsonRecords(QIODevice *out) : m_out(out) {}
    bool begin() override { return wrote(m_out, "["); }
    bool add(const AuditRecord &record) override
    {
        const QByteArray line = QJsonDocument(objectOf(record)).toJson(QJsonDocument::Compact);
        const bool ok = wrote(m_out, (m_first ? "\n" : ",\n") + line);
        m_first = false;
        return ok;
    }
    bool finish() override { return wrote(m_out, "\n]\n"); }

private:
    QIODevice *m_out;
    bool m_first = true;
};
} // namespace

AuditExport::AuditExport(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

const QStringList &AuditExport::columns()
{
    static const QStringList names{QStringLiteral("id"),
                                   QStringLiteral("at"),
                                   QStringLiteral("actor_id"),
                                   QStringLiteral("actor"),
                                   QStringLiteral("action"),
                                   QStringLiteral("entity"),
                                   QStringLiteral("entity_id"),
                                   QStringLiteral("field"),
                                   QStringLiteral("old_value"),
                                   QStringLiteral("new_value"),
                                   QStringLiteral("reason"),
                                   QStringLiteral("note"),
                                   QStringLiteral("first_status_event"),
                                   QStringLiteral("last_status_event"),
                                   QStringLiteral("erased")};
    return names;
}

std::optional<AuditExport::Format> AuditExport::formatNamed(const QString &name)
{
    if (name == Csv)
        return Format::Csv;
    if (name == Json)
        return Format::Json;
    return std::nullopt;
}

Result<AuditLog::Filter> AuditExport::entityFilter(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^([a-z][a-z_]*)(?::([0-9]+))?$"));
    const QRegularExpressionMatch match = form.match(text);
    bool ok = true;
    const qint64 id =
        match.hasMatch() && match.hasCaptured(2) ? match.captured(2).toLongLong(&ok) : 0;
    if (!match.hasMatch() || !ok || (match.hasCaptured(2) && id < 1))
        return Error{tr("'%1' is not an entity: give its name, or its name and id, such as "
                        "applicant or applicant:12.")
                         .arg(Validation::quoted(text)),
                     {}};
    AuditLog::Filter filter;
    filter.entity = match.captured(1);
    filter.entityId = id;
    return filter;
}

Status AuditExport::mayExport(const Request &request) const
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ReadAuditTrail);
        !allowed)
        return allowed;
    if (request.filter.entity.isEmpty())
        return {};
    // A misspelt entity would export nothing and look like a quiet trail.
    const auto known = AuditLog(m_connection).entities();
    if (!known)
        return known.error();
    if (!known.value().contains(request.filter.entity))
        return Error{tr("The audit trail has no records of the entity '%1'. Its entities are: "
                        "%2.")
                         .arg(request.filter.entity, known.value().join(QStringLiteral(", "))),
                     {}};
    return {};
}

Status AuditExport::record(const Request &request) const
{
    const AuditLog::Filter &filter = request.filter;
    QStringList note;
    if (!filter.entity.isEmpty())
        note << QStringLiteral("entity=") + filter.entity +
                    (filter.entityId > 0 ? QLatin1Char(':') + QString::number(filter.entityId)
                                         : QString());
    if (filter.since.isValid())
        note << QStringLiteral("since=") + Timestamp::format(filter.since);
    note << QStringLiteral("format=") + (request.format == Format::Json ? Json : Csv);
    AuditEntry entry(QStringLiteral("export"), QStringLiteral("audit"));
    entry.note = note.join(QLatin1Char(' '));
    if (Status recorded = AuditTrail::recordAlone(m_connection, m_actor, entry, m_clock); !recorded)
        return Error{tr("Cannot record the export in the audit trail, so nothing was exported: "
                        "%1")
                         .arg(recorded.error().text()),
                     recorded.error().sqlError};
    return {};
}

Result<qint64> AuditExport::writeRecords(const Request &request, QIODevice *out,
                                         const QString &path, QString *deviceFailure) const
{
    std::unique_ptr<RecordWriter> writer;
    if (request.format == Format::Json)
        writer = std::make_unique<JsonRecords>(out);
    else
        writer = std::make_unique<CsvRecords>(out);
    bool written = writer->begin();
    qint64 count = 0;
    if (written) {
        const Status read =
            AuditLog(m_connection).read(request.filter, [&](const AuditRecord &record) {
                written = writer->add(record);
                count += written ? 1 : 0;
                return written;
            });
        if (!read)
            return read.error();
    }
    if (!written || !writer->finish()) {
        *deviceFailure = PrivateFile::whyWriteFailed(*out, writer->systemError(), path);
        return Error{*deviceFailure, {}};
    }
    return count;
}

Result<qint64> AuditExport::write(const Request &request, QIODevice *out) const
{
    if (Status allowed = mayExport(request); !allowed)
        return allowed.error();
    if (Status recorded = record(request); !recorded)
        return recorded.error();
    QString deviceFailure;
    auto written = writeRecords(request, out, {}, &deviceFailure);
    if (!written && !deviceFailure.isEmpty())
        return Error{tr("Cannot write the export: %1.").arg(deviceFailure), {}};
    return written;
}

Result<qint64> AuditExport::writeFile(const Request &request, const QString &path) const
{
    if (Status allowed = mayExport(request); !allowed)
        return allowed.error();
    return PrivateFile::stream(
        path, Database::fileOf(m_connection),
        [&](QIODevice *file, QString *deviceFailure) {
            return writeRecords(request, file, path, deviceFailure);
        },
        // The file is complete but not yet in place: it appears only once the trail says so.
        [&] { return record(request); });
}
