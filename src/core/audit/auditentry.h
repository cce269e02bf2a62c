#pragma once

#include <QDateTime>
#include <QString>

// One value in an audit record. A plain value (a status, a cohort id, a staff username) is kept
// as it is. A personal value (an applicant's name, email, notes) is kept as a salted commitment
// in the chain and the value itself beside it, so that erasing its person removes the value and
// the salt and leaves the chain verifiable.
struct AuditValue
{
    enum class Kind
    {
        None,
        Plain,
        Personal
    };

    Kind kind = Kind::None;
    QString text;
    qint64 applicantId = 0; // a personal value's person; 0: nobody's, never erased

    static AuditValue none() { return {}; }
    static AuditValue plain(QString text) { return {Kind::Plain, std::move(text), 0}; }
    static AuditValue personal(QString text, qint64 applicantId)
    {
        return {Kind::Personal, std::move(text), applicantId};
    }
    bool isNone() const { return kind == Kind::None; }
};

// What a service records: one change of one field of one entity, or one event (a sign-in, a
// backup, an export) with a note. Who and when come from the AuditTrail.
struct AuditEntry
{
    AuditEntry() = default;
    AuditEntry(QString action_, QString entity_, qint64 entityId_ = 0)
        : action(std::move(action_)), entity(std::move(entity_)), entityId(entityId_)
    {
    }

    QString action; // machine name: create, update, status, sign_in, export, backup, …
    QString entity; // applicant, application, cohort, track, mentor, staff, import, database
    qint64 entityId = 0;
    QString field;
    AuditValue oldValue;
    AuditValue newValue;
    AuditValue reason;
    QString note; // plain, in English like the status history's causes
    // When it happened, where the change already carries a time (a row's created_at, a status
    // event's at), so that both read the same; else the trail's clock, when it is recorded.
    QDateTime at;
};
