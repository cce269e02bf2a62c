#pragma once

#include "audit/auditentry.h"

#include <QList>
#include <QString>
#include <QStringList>

// The fields of one kind of entity as the audit trail names them, and what changes between two
// versions of it: one table per kind (ApplicantAudit, CatalogAudit), one way of recording.
template <typename T> struct AuditedField
{
    const char *name; // the column's machine name: first_name, capacity, …
    QString (*value)(const T &);
    // Erased with the applicant it belongs to; everything else is kept plainly.
    bool personal = false;
};

namespace AuditedFields {

// `personOf`: the applicant a personal value belongs to (0 for none).
template <typename T>
AuditValue valueOf(const AuditedField<T> &field, const T &item, qint64 personOf)
{
    const QString text = field.value(item);
    return field.personal ? AuditValue::personal(text, personOf) : AuditValue::plain(text);
}

// "create": the item's non-empty fields, one "name=value" line each.
template <typename T>
AuditEntry created(const QList<AuditedField<T>> &fields, const QString &entity, qint64 id,
                   const T &item, qint64 personOf = 0)
{
    QStringList lines;
    bool personal = false;
    for (const AuditedField<T> &field : fields) {
        const QString text = field.value(item);
        personal = personal || field.personal;
        if (!text.isEmpty())
            lines << QString::fromLatin1(field.name) + QLatin1Char('=') + text;
    }
    AuditEntry entry(QStringLiteral("create"), entity, id);
    const QString all = lines.join(QLatin1Char('\n'));
    entry.newValue = personal ? AuditValue::personal(all, personOf) : AuditValue::plain(all);
    return entry;
}

// "update": one entry per field whose value differs.
template <typename T>
QList<AuditEntry> changes(const QList<AuditedField<T>> &fields, const QString &entity, qint64 id,
                          const T &before, const T &after, qint64 personOf = 0)
{
    QList<AuditEntry> entries;
    for (const AuditedField<T> &field : fields) {
        if (field.value(before) == field.value(after))
            continue;
        AuditEntry entry(QStringLiteral("update"), entity, id);
        entry.field = QString::fromLatin1(field.name);
        entry.oldValue = valueOf(field, before, personOf);
        entry.newValue = valueOf(field, after, personOf);
        entries << entry;
    }
    return entries;
}

} // namespace AuditedFields
