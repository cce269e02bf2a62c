#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

// One record of the audit trail as a person reads it: a personal value shows as it was, or as
// erased once its person has been erased on request.
struct AuditRecord
{
    struct Value
    {
        std::optional<QString> text; // none: no value, or erased
        bool erased = false;         // a personal value whose person was erased
        bool isNone() const { return !text && !erased; }
    };

    qint64 id = 0;
    QDateTime at;
    qint64 actorId = 0; // 0: the desk itself, or nobody signed in
    QString actorName;
    QString action;
    QString entity;
    qint64 entityId = 0;
    QString field;
    Value oldValue;
    Value newValue;
    Value reason;
    QString note;
    qint64 firstEvent = 0; // status events first..last, for records of action 'status'
    qint64 lastEvent = 0;
};
