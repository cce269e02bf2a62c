#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <optional>

// What the enums described by one table have in common (statuses, staff roles, permitted
// actions): a constant array of rows {value, machineName, …} in the enum's order, and the
// lookups on it. Machine names are stored in the database and typed on the command line, so
// they never change.
namespace NamedValues {

template <typename Row, std::size_t N> QList<decltype(Row::value)> values(const Row (&rows)[N])
{
    QList<decltype(Row::value)> list;
    for (const Row &row : rows)
        list << row.value;
    return list;
}

// The row of `value`: rows are in the enum's order.
template <typename Row, std::size_t N>
const Row &rowOf(const Row (&rows)[N], decltype(Row::value) value)
{
    return rows[static_cast<std::size_t>(value)];
}

template <typename Row, std::size_t N>
std::optional<decltype(Row::value)> named(const Row (&rows)[N], const QString &name,
                                         Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    for (const Row &row : rows) {
        if (name.compare(QLatin1String(row.machineName), cs) == 0)
            return row.value;
    }
    return std::nullopt;
}

// The machine names, comma-separated, for help texts and error messages.
template <typename Row, std::size_t N> QString machineNameList(const Row (&rows)[N])
{
    QStringList names;
    for (const Row &row : rows)
        names << QString::fromLatin1(row.machineName);
    return names.join(QStringLiteral(", "));
}
} // namespace NamedValues
