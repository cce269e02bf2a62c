#include "filestate.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace {
QString read(QSqlDatabase &db, FileState &state, const QStringList &leftOut)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return q.lastError().text();
    QStringList problems;
    while (q.next() && problems.size() < 5)
        problems << q.value(0).toString();
    state.integrity = problems.join(QStringLiteral("; "));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return q.lastError().text();
    state.userVersion = q.value(0).toInt();
    // Virtual tables are read through their shadow tables, which are ordinary ones.
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")))
        return q.lastError().text();
    while (q.next())
        tables << q.value(0).toString();
    for (const QString &table : std::as_const(tables)) {
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(quoted)))
            return q.lastError().text();
        QList<QByteArray> rows;
        while (q.next()) {
            QByteArray row;
            for (int i = 0; i < q.record().count(); ++i) {
                if (leftOut.contains(table + QLatin1Char('.') + q.record().fieldName(i)))
                    continue;
                const QVariant value = q.value(i);
                row += value.isNull() ? QByteArray("\\N") : value.toString().toUtf8().toHex();
                row += '|';
            }
            rows << row;
        }
        std::sort(rows.begin(), rows.end());
        QCryptographicHash hash(QCryptographicHash::Sha1);
        for (const QByteArray &row : std::as_const(rows))
            hash.addData(row + '\n');
        state.rows.insert(table, int(rows.size()));
        state.digests.insert(table, hash.result().toHex());
    }
    return {};
}
} // namespace

FileState FileState::of(const QString &path, const QStringList &leftOut)
{
    static int serial = 0;
    const QString connection = QStringLiteral("file-state-%1").arg(++serial);
    FileState state;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        state.error = db.open() ? read(db, state, leftOut) : db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return state;
}

QString FileState::differences(const FileState &other) const
{
    QStringList differ;
    if (userVersion != other.userVersion)
        differ << QStringLiteral("user_version %1, was %2").arg(userVersion).arg(other.userVersion);
    QStringList tables = rows.keys() + other.rows.keys();
    tables.removeDuplicates();
    for (const QString &table : std::as_const(tables))
        if (digests.value(table) != other.digests.value(table))
            differ << QStringLiteral("%1: %2 rows, was %3")
                          .arg(table)
                          .arg(rows.value(table))
                          .arg(other.rows.value(table));
    return differ.join(QStringLiteral("; "));
}
