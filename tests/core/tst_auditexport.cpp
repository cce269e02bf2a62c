#include "csv/auditexport.h"
#include "audit/auditverifier.h"
#include "csv/csvreader.h"
#include "domain/clock.h"
#include "services/applicantservice.h"
#include "testdatabase.h"
#include "verifyok.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(StaffRole)

namespace {
const QDateTime Registered(QDate(2027, 1, 15), QTime(10, 0), Qt::UTC);
const QDateTime Edited = Registered.addDays(2);

// The CSV as records of named cells.
QList<QMap<QString, QString>> rowsOf(const QByteArray &csv)
{
    QBuffer in;
    in.setData(csv);
    in.open(QIODevice::ReadOnly);
    CsvReader reader(&in);
    CsvReader::Record header;
    QList<QMap<QString, QString>> rows;
    if (!reader.next(header))
        return rows;
    CsvReader::Record record;
    while (reader.next(record)) {
        QMap<QString, QString> row;
        for (int i = 0; i < header.fields.size(); ++i)
            row.insert(header.fields.at(i), record.fields.value(i));
        rows << row;
    }
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QMap<QString, QString> rowOfField(const QList<QMap<QString, QString>> &rows, const QString &field)
{
    for (const auto &row : rows) {
        if (row.value(QStringLiteral("field")) == field)
            return row;
    }
    return {};
}
} // namespace

// What an administrator reads of the audit trail: every record with who, when, what and the
// values, erased ones shown as erased; nobody else may; and every export is itself recorded.
class TestAuditExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db;
    FixedClock m_clock{Registered};
    Actor m_admin;
    qint64 m_applicant = 0;
    qint64 m_other = 0;

    QString connection() const { return m_db->connectionName(); }
    qint64 records()
    {
        return m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_events")).toLongLong();
    }

    qint64 registerApplicant(const QString &first, const QString &email)
    {
        ApplicantService::NewApplication input;
        input.applicant.firstName = first;
        input.applicant.lastName = QStringLiteral("Müller");
        input.applicant.email = email;
        input.trackCode = QStringLiteral("SWE");
        const auto registered =
            ApplicantService(connection(), m_db->actor(StaffRole::Officer), m_clock)
                .registerApplication(input);
        if (!registered) {
            QTest::qFail(qPrintable(registered.error().text()), __FILE__, __LINE__);
            return 0;
        }
        return registered->applicantId;
    }

    Result<QByteArray> exported(const AuditExport::Request &request, const Actor &actor)
    {
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        const auto written = AuditExport(connection(), actor, m_clock).write(request, &out);
        if (!written)
            return written.error();
        return out.data();
    }

private Q_SLOTS:
    // Two applicants registered, the first edited two days later.
    void init()
    {
        m_clock.set(Registered);
        m_db = std::make_unique<TestDatabase>(QStringLiteral("export"));
        QVERIFY2(m_db->isOpen(), qPrintable(m_db->openError()));
        m_db->addTrack(QStringLiteral("SWE"));
        m_admin = m_db->actor(StaffRole::Administrator);
        m_applicant = registerApplicant(QStringLiteral("Zoë"), QStringLiteral("zoe@example.org"));
        m_other = registerApplicant(QStringLiteral("Ada"), QStringLiteral("ada@example.org"));
        QVERIFY(m_applicant && m_other);
        m_clock.set(Edited);
        ApplicantService service(connection(), m_db->actor(StaffRole::Officer), m_clock);
        const auto found = service.applicant(m_applicant);
        QVERIFY_OK(found);
        Applicant edited = *found.value();
        edited.notes = QStringLiteral("Prefers mornings");
        edited.phone = QStringLiteral("+49 30 1234567");
        QVERIFY_OK(service.updateApplicant(edited));
    }

    void cleanup() { m_db.reset(); }

    void csvHasEveryRecordWithWhoWhenAndWhat()
    {
        const auto csv = exported({}, m_admin);
        QVERIFY_OK(csv);
        QVERIFY2(csv->startsWith(AuditExport::columns().join(QLatin1Char(',')).toUtf8() + "\r\n"),
                 csv->left(300).constData());
        const auto rows = rowsOf(csv.value());
        // Every record, the export's own included: it is written first.
        QCOMPARE(rows.size(), records());
        QCOMPARE(rows.last().value("action"), QStringLiteral("export"));
        const auto notes = rowOfField(rows, QStringLiteral("notes"));
        QCOMPARE(notes.value("action"), QStringLiteral("update"));
        QCOMPARE(notes.value("entity"), QStringLiteral("applicant"));
        QCOMPARE(notes.value("entity_id"), QString::number(m_applicant));
        QCOMPARE(notes.value("actor"), QStringLiteral("admissions_officer"));
        QCOMPARE(notes.value("at"), QStringLiteral("2027-01-17T10:00:00.000Z"));
        QCOMPARE(notes.value("old_value"), QString());
        QCOMPARE(notes.value("new_value"), QStringLiteral("Prefers mornings"));
        QCOMPARE(notes.value("erased"), QString());
        // A spreadsheet shows a value starting with + as text, not as a formula.
        QCOMPARE(rowOfField(rows, QStringLiteral("phone")).value("new_value"),
                 QStringLiteral("'+49 30 1234567"));
        // The registration's status event is named by its covering record.
        bool covered = false;
        for (const auto &row : rows)
            covered = covered || (row.value("action") == QLatin1String("status") &&
                                  !row.value("first_status_event").isEmpty());
        QVERIFY(covered);
    }

    void jsonHasTheSameRecords()
    {
        AuditExport::Request request;
        request.format = AuditExport::Format::Json;
        const auto json = exported(request, m_admin);
        QVERIFY_OK(json);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(json.value(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonArray all = document.array();
        QCOMPARE(all.size(), records());
        QJsonObject notes;
        for (const QJsonValue &value : all) {
            if (value.toObject().value("field") == QLatin1String("notes"))
                notes = value.toObject();
        }
        QCOMPARE(notes.value("new_value").toString(), QStringLiteral("Prefers mornings"));
        QCOMPARE(notes.value("entity_id").toInteger(), m_applicant);
        QCOMPARE(notes.value("erased").toArray(), QJsonArray());
        QVERIFY(notes.value("reason").isNull());
        QCOMPARE(notes.size(), AuditExport::columns().size());
        for (const QString &column : AuditExport::columns())
            QVERIFY2(notes.contains(column), qPrintable(column));
    }

    // Once its person is erased, a personal value shows as erased: it is gone, the record stays.
    void erasedValuesShowAsErased()
    {
        m_db->scalar(QStringLiteral("INSERT INTO erasures (applicant_id, at) VALUES (?, "
                                    "'2027-02-01T00:00:00.000Z')"),
                     {m_applicant});
        m_db->scalar(QStringLiteral("DELETE FROM audit_values WHERE applicant_id = ?"),
                     {m_applicant});
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT count(*) FROM audit_values WHERE "
                                             "applicant_id = ?"),
                              {m_applicant})
                     .toInt(),
                 0);
        const auto csv = exported({}, m_admin);
        QVERIFY_OK(csv);
        const auto notes = rowOfField(rowsOf(csv.value()), QStringLiteral("notes"));
        QCOMPARE(notes.value("old_value"), QString::fromLatin1(AuditExport::ErasedMark));
        QCOMPARE(notes.value("new_value"), QString::fromLatin1(AuditExport::ErasedMark));
        QCOMPARE(notes.value("erased"), QStringLiteral("old_value new_value"));
        QVERIFY(!csv->contains("Prefers mornings"));
        QVERIFY(!csv->contains("zoe@example.org"));
        QVERIFY(csv->contains("ada@example.org")); // the other applicant is not erased

        AuditExport::Request request;
        request.format = AuditExport::Format::Json;
        const auto json = exported(request, m_admin);
        QVERIFY_OK(json);
        for (const QJsonValue &value : QJsonDocument::fromJson(json.value()).array()) {
            const QJsonObject record = value.toObject();
            if (record.value("field") != QLatin1String("notes"))
                continue;
            QVERIFY(record.value("new_value").isNull());
            QCOMPARE(record.value("erased").toArray(),
                     QJsonArray({QStringLiteral("old_value"), QStringLiteral("new_value")}));
        }
    }

    void anEntityAndATimeNarrowTheExport()
    {
        AuditExport::Request request;
        request.filter.entity = QStringLiteral("applicant");
        request.filter.entityId = m_other;
        auto rows = rowsOf(exported(request, m_admin).value());
        QCOMPARE(rows.size(), 1); // created
        QCOMPARE(rows.first().value("action"), QStringLiteral("create"));
        QCOMPARE(rows.first().value("entity_id"), QString::number(m_other));

        request.filter.entityId = 0; // every applicant
        rows = rowsOf(exported(request, m_admin).value());
        QCOMPARE(rows.size(), 4); // two created, notes and phone of the first
        for (const auto &row : rows)
            QCOMPARE(row.value("entity"), QStringLiteral("applicant"));

        request.filter = {};
        request.filter.since = Edited;
        rows = rowsOf(exported(request, m_admin).value());
        QStringList made;
        for (const auto &row : rows)
            made << row.value("action") + QLatin1Char(' ') + row.value("at");
        // The edit, and the three exports (this one's own included), all made since.
        QCOMPARE(made,
                 QStringList({"update 2027-01-17T10:00:00.000Z", "update 2027-01-17T10:00:00.000Z",
                              "export 2027-01-17T10:00:00.000Z", "export 2027-01-17T10:00:00.000Z",
                              "export 2027-01-17T10:00:00.000Z"}));
    }

    // A misspelt entity would export nothing: it is refused, and nothing is recorded.
    void anEntityTheTrailDoesNotKnowIsRefused()
    {
        const qint64 before = records();
        AuditExport::Request request;
        request.filter.entity = QStringLiteral("applicants");
        const auto refused = exported(request, m_admin);
        QVERIFY(!refused);
        QVERIFY2(refused.error().text().contains(QLatin1String("'applicants'")) &&
                     refused.error().text().contains(QLatin1String("applicant, application")),
                 qPrintable(refused.error().text()));
        QCOMPARE(records(), before);
    }

    void entityFilters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("entity"); // empty: refused
        QTest::addColumn<qint64>("id");
        QTest::newRow("name") << "applicant"
                              << "applicant" << qint64(0);
        QTest::newRow("name and id") << "applicant:12"
                                     << "applicant" << qint64(12);
        QTest::newRow("underscore") << "status_events:3"
                                    << "status_events" << qint64(3);
        QTest::newRow("no id after colon") << "applicant:"
                                           << "" << qint64(0);
        QTest::newRow("id not a number") << "applicant:ada"
                                         << "" << qint64(0);
        QTest::newRow("id zero") << "applicant:0"
                                 << "" << qint64(0);
        QTest::newRow("negative id") << "applicant:-3"
                                     << "" << qint64(0);
        QTest::newRow("two ids") << "applicant:3:4"
                                 << "" << qint64(0);
        QTest::newRow("id alone") << ":3"
                                  << "" << qint64(0);
        QTest::newRow("capitals") << "Applicant:3"
                                  << "" << qint64(0);
        QTest::newRow("space") << "applicant 3"
                               << "" << qint64(0);
        QTest::newRow("empty") << ""
                               << "" << qint64(0);
        QTest::newRow("too large") << "applicant:99999999999999999999"
                                   << "" << qint64(0);
    }

    void entityFilters()
    {
        QFETCH(QString, text);
        QFETCH(QString, entity);
        QFETCH(qint64, id);
        const auto filter = AuditExport::entityFilter(text);
        if (entity.isEmpty()) {
            QVERIFY(!filter);
            QVERIFY2(filter.error().text().contains(QLatin1String("applicant:12")),
                     qPrintable(filter.error().text()));
            return;
        }
        QVERIFY_OK(filter);
        QCOMPARE(filter->entity, entity);
        QCOMPARE(filter->entityId, id);
    }

    // The export is in the trail: who, when, and what they asked for; and the trail holds.
    void theExportIsRecorded()
    {
        AuditExport::Request request;
        request.format = AuditExport::Format::Json;
        request.filter.entity = QStringLiteral("applicant");
        request.filter.entityId = m_applicant;
        request.filter.since = Registered;
        m_clock.set(Edited.addSecs(3600));
        QVERIFY_OK(exported(request, m_admin));
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT action || ' ' || entity || ' ' || actor_name "
                                             "|| ' ' || at || ' ' || note FROM audit_events "
                                             "ORDER BY id DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("export audit administrator 2027-01-17T11:00:00.000Z "
                                "entity=applicant:%1 since=2027-01-15T10:00:00.000Z format=json")
                     .arg(m_applicant));
        const auto report = AuditVerifier(connection()).verify({});
        QVERIFY_OK(report);
        QVERIFY(report->holds());
    }

    void othersMayNotRead_data()
    {
        QTest::addColumn<StaffRole>("role");
        QTest::newRow("admissions officer") << StaffRole::Officer;
        QTest::newRow("read only") << StaffRole::ReadOnly;
    }

    void othersMayNotRead()
    {
        QFETCH(StaffRole, role);
        const qint64 before = records();
        const QString file = m_db->dir() + QStringLiteral("/trail.csv");
        const AuditExport exporter(connection(), m_db->actor(role), m_clock);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        for (const auto &refused : {exporter.write({}, &out), exporter.writeFile({}, file)}) {
            QVERIFY(!refused);
            QVERIFY2(refused.error().text().contains(QLatin1String("may not read the audit trail")),
                     qPrintable(refused.error().text()));
        }
        QCOMPARE(out.data(), QByteArray());
        QVERIFY(!QFile::exists(file));
        QCOMPARE(records(), before);
    }

    // A file only its owner may read, put in place once the export is recorded; never over the
    // database.
    void aFileIsPrivateAndRecorded()
    {
        const QString file = m_db->dir() + QStringLiteral("/trail.csv");
        const qint64 before = records();
        const auto written = AuditExport(connection(), m_admin, m_clock).writeFile({}, file);
        QVERIFY_OK(written);
        QCOMPARE(written.value(), before);
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                          QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFileInfo(file).permissions() & others, QFile::Permissions());
        QCOMPARE(rowsOf(readAll(file)).size(), before);
        QCOMPARE(records(), before + 1);

        const auto refused =
            AuditExport(connection(), m_admin, m_clock).writeFile({}, m_db->path());
        QVERIFY(!refused);
        QCOMPARE(records(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_auditexport.moc"
