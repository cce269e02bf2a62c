#pragma once

#include "audit/auditchain.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Walks the whole audit trail: each record's hash against its encoding and the record before
// it, each personal value still kept against its commitment, every status event against the
// record that covers it, and the chain against the heads kept outside the file (AuditAnchor).
// Each hash is checked against the stored hash of the record before it, so one changed record
// is named alone rather than breaking every record after it.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    // A head known from outside the file: the record `id` must still have `hash`.
    struct Anchor
    {
        QString source; // for a person: "this computer's settings", "the backup …"
        qint64 id = 0;
        QByteArray hash;
    };

    struct Problem
    {
        qint64 recordId = 0; // the audit record; 0 when none is to blame (an uncovered event)
        QString detail;
    };

    struct Report
    {
        qint64 records = 0;
        qint64 statusEvents = 0;
        AuditChain::Head head;
        QList<Problem> problems; // the first MaxProblems, in record order
        qint64 moreProblems = 0;
        bool holds() const { return problems.isEmpty(); }
    };

    static constexpr int MaxProblems = 10;

    explicit AuditVerifier(QString connectionName);

    // An Error when the trail cannot be read at all.
    Result<Report> verify(const QList<Anchor> &anchors) const;

private:
    QString m_connection;
};
