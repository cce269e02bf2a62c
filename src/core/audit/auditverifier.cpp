#include "audit/auditverifier.h"

#include "audit/auditencoding.h"
#include "audit/statuseventwalk.h"
#include "db/rowstream.h"


namespace {
using AuditEncoding::Field;

// Column positions in the walk's SELECT: the encoded record, its hash, then salt and value of
// the three slots.
constexpr int HashColumn = AuditChain::EncodedColumns;
constexpr int FirstEventColumn = 15;
constexpr int LastEventColumn = 16;
constexpr int DigestColumn = 17;
struct SlotColumns
{
    const char *name;
    int commit;
    int salt;
};
constexpr SlotColumns Slots[] = {
    {"old", 9, HashColumn + 1}, {"new", 11, HashColumn + 3}, {"reason", 13, HashColumn + 5}};

class Findings
{
public:
    explicit Findings(AuditVerifier::Report &report) : m_report(report) {}
    void add(qint64 recordId, const QString &detail)
    {
        if (m_report.problems.size() < AuditVerifier::MaxProblems)
            m_report.problems << AuditVerifier::Problem{recordId, detail};
        else
            ++m_report.moreProblems;
    }

private:
    AuditVerifier::Report &m_report;
};

QString range(qint64 first, qint64 last)
{
    return first == last ? QString::number(first) : QStringLiteral("%1–%2").arg(first).arg(last);
}

} // namespace

AuditVerifier::AuditVerifier(QString connectionName) : m_connection(std::move(connectionName)) {}

Result<AuditVerifier::Report> AuditVerifier::verify(const QList<Anchor> &anchors) const
{
    Report report;
    Findings findings(report);
    RowStream records(m_connection);
    if (Status started = records.start(
            QStringLiteral(
                "SELECT %1, o.salt, o.value, n.salt, n.value, r.salt, r.value FROM audit_events "
                "LEFT JOIN audit_values o ON o.event_id = id AND o.slot = 'old' "
                "LEFT JOIN audit_values n ON n.event_id = id AND n.slot = 'new' "
                "LEFT JOIN audit_values r ON r.event_id = id AND r.slot = 'reason' "
                "ORDER BY id")
                .arg(AuditChain::recordColumns()),
            {});
        !started)
        return started.error();
    StatusEventWalk events(m_connection);
    if (Status started = events.start(); !started)
        return started.error();

    QByteArray previousHash = AuditEncoding::firstPreviousHash();
    qint64 previousId = 0;
    qint64 lastCovered = 0;
    while (records.next()) {
        const qint64 id = records.column(0).toByteArray().toLongLong();
        const QByteArray storedHash = records.column(HashColumn).toByteArray();
        ++report.records;
        if (id == previousId + 2)
            findings.add(id, tr("Audit record %1 is missing: it was deleted.").arg(id - 1));
        else if (id != previousId + 1)
            findings.add(id, tr("Audit records %1 are missing: they were deleted.")
                                 .arg(range(previousId + 1, id - 1)));
        const QByteArray encoding =
            AuditEncoding::encode(AuditEncoding::RecordLabel, AuditChain::fieldsOf(records));
        if (AuditEncoding::chainHash(previousHash, encoding) != storedHash)
            findings.add(id, tr("Audit record %1 was changed after it was written: it does not "
                                "match its hash.")
                                 .arg(id));
        for (const SlotColumns &slot : Slots) {
            if (records.isNull(slot.salt))
                continue;
            const QByteArray commitment =
                AuditEncoding::commitment(records.column(slot.salt), records.column(slot.salt + 1));
            if (records.isNull(slot.commit) ||
                records.column(slot.commit).toByteArray() != commitment)
                findings.add(id, tr("The %1 value of audit record %2 was changed after it was "
                                    "written: it does not match the record.")
                                     .arg(QLatin1String(slot.name))
                                     .arg(id));
        }
        if (!records.isNull(FirstEventColumn)) {
            const qint64 first = records.column(FirstEventColumn).toByteArray().toLongLong();
            const qint64 last = records.column(LastEventColumn).toByteArray().toLongLong();
            if (first <= lastCovered)
                findings.add(id, tr("Audit record %1 covers status events %2 a second time.")
                                     .arg(id)
                                     .arg(range(first, last)));
            const auto skipped = events.skipTo(first);
            if (skipped.first != 0)
                findings.add(0, tr("Status events %1 are not in the audit trail: they were "
                                   "written outside the desk.")
                                    .arg(range(skipped.first, skipped.second)));
            const auto digest = events.digest(first, last);
            if (!digest || *digest != records.column(DigestColumn).toByteArray())
                findings.add(id, first == last
                                     ? tr("Status event %1 was changed or deleted after it was "
                                          "written (audit record %2).")
                                           .arg(first)
                                           .arg(id)
                                     : tr("One of status events %1 was changed or deleted after "
                                          "it was written (audit record %2).")
                                           .arg(range(first, last))
                                           .arg(id));
            lastCovered = std::max(lastCovered, last);
        }
        for (const Anchor &anchor : anchors) {
            if (anchor.id == id && anchor.hash != storedHash)
                findings.add(id, tr("Audit record %1 is not the one %2 remembers: the trail was "
                                    "rewritten.")
                                     .arg(id)
                                     .arg(anchor.source));
        }
        previousHash = storedHash;
        previousId = id;
    }
    if (records.error())
        return *records.error();
    const auto uncovered = events.skipTo(std::numeric_limits<qint64>::max());
    if (events.error())
        return *events.error();
    if (uncovered.first != 0)
        findings.add(0, tr("Status events %1 are not in the audit trail: they were written "
                           "outside the desk.")
                            .arg(range(uncovered.first, uncovered.second)));
    for (const Anchor &anchor : anchors) {
        if (anchor.id > previousId)
            findings.add(previousId, tr("The audit trail ends at record %1, but %2 remembers "
                                        "record %3: records were removed.")
                                         .arg(previousId)
                                         .arg(anchor.source)
                                         .arg(anchor.id));
    }
    report.statusEvents = events.seen();
    report.head = AuditChain::Head{previousId, previousHash};
    return report;
}
