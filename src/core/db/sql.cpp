#include "db/sql.h"

#include <QDir>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlite3.h>

#include <cerrno>

Q_LOGGING_CATEGORY(lcSql, "admissions.sql", QtWarningMsg)

namespace {
// The file a query runs on: QSqlQuery does not say which connection it belongs to, but SQLite
// knows the file of the connection under it.
sqlite3 *handleOf(const QSqlDriver *driver)
{
    if (!driver)
        return nullptr;
    const QVariant handle = driver->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QString fileOf(sqlite3 *db)
{
    const char *file = db ? sqlite3_db_filename(db, "main") : nullptr;
    return file ? QDir::toNativeSeparators(QString::fromUtf8(file)) : QString();
}

Error queryError(const QSqlQuery &query, qint64 waitedMs)
{
    // A statement stopped on purpose (CancellableStatements, a cancelled check) failed nothing.
    if (SqlFailure::codeOf(query.lastError()) != SQLITE_INTERRUPT)
        qCWarning(lcSql) << "statement failed:" << query.lastQuery() << query.lastError().text();
    sqlite3 *db = handleOf(query.driver());
    return SqlFailure::explain(SqlFailure::codeOf(query.lastError()), fileOf(db), waitedMs,
                               SqlFailure::tr("The database refused a statement"),
                               query.lastError(), db ? sqlite3_system_errno(db) : 0);
}
} // namespace

int SqlFailure::codeOf(const QSqlError &error)
{
    if (error.type() == QSqlError::NoError)
        return 0;
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber);
    return isNumber ? code & 0xff : 0;
}

QString SqlFailure::reason(int code)
{
    switch (code & 0xff) {
    case Busy:
    case Locked:
        return tr("another program is writing to the file");
    case ReadOnly:
        return tr("the file is read-only");
    case IoError:
        return tr("the system reported an input/output error");
    case Corrupt:
    case NotADatabase:
        return tr("the file is damaged");
    case Full:
        return tr("the disk is full");
    case CantOpen:
        return tr("the file or its journal cannot be opened");
    default:
        return {};
    }
}

int SqlFailure::systemErrorOf(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    sqlite3 *handle = db.isValid() ? handleOf(db.driver()) : nullptr;
    return handle ? sqlite3_system_errno(handle) : 0;
}

Error SqlFailure::explain(int code, const QString &file, qint64 waitedMs, const QString &otherwise,
                          const QSqlError &driverError, int systemError)
{
    // SQLite reports ENOSPC as SQLITE_FULL only from writes to the file and its journal; growing
    // the -shm file or creating the journal on a full disk is an I/O error or cannot-open.
    if (((code & 0xff) == IoError || (code & 0xff) == CantOpen) &&
        (systemError == ENOSPC || systemError == EDQUOT))
        code = Full;
    const QString why = reason(code);
    if (why.isEmpty())
        return Error{otherwise, driverError};
    const QString name = file.isEmpty() ? tr("the database") : file;
    QString message;
    switch (code & 0xff) {
    case Busy:
    case Locked:
        // A busy wait that ends at once is a write that came in between (SQLITE_BUSY_SNAPSHOT),
        // not a lock held too long.
        if (waitedMs >= 1000) {
            const qint64 seconds = (waitedMs + 500) / 1000;
            message = seconds == 1 ? tr("Cannot write to %1: another program is writing to the "
                                        "file; gave up after waiting 1 second. Nothing was "
                                        "changed; try again.")
                                         .arg(name)
                                   : tr("Cannot write to %1: another program is writing to the "
                                        "file; gave up after waiting %2 seconds. Nothing was "
                                        "changed; try again.")
                                         .arg(name)
                                         .arg(seconds);
        } else {
            message = tr("Cannot write to %1: another program is writing to the file, and changed "
                         "it at the same moment. Nothing was changed; try again.")
                          .arg(name);
        }
        break;
    case ReadOnly:
        message = tr("Cannot write to %1: the file is read-only (or its folder is). Nothing was "
                     "changed.")
                      .arg(name);
        break;
    case IoError:
        message = tr("Cannot use %1: the system reported an input/output error (is the disk "
                     "failing, or was it removed?). Nothing was changed.")
                      .arg(name);
        break;
    case Corrupt:
    case NotADatabase:
        message = tr("Cannot use %1: the file is damaged. Nothing was changed; check it with "
                     "'admissions-desk-cli check', or restore it from a backup.")
                      .arg(name);
        break;
    case Full:
        message = tr("Cannot write to %1: the disk is full. Nothing was changed; make room on the "
                     "disk and try again.")
                      .arg(name);
        break;
    case CantOpen:
        message = tr("Cannot use %1: the file or its journal cannot be opened (was the folder "
                     "removed or made read-only?). Nothing was changed.")
                      .arg(name);
        break;
    }
    // The code stays for programs; the text is the plain reason, so that a message that wraps
    // this error (Error::text()) says it without SQLite's words.
    return Error{message,
                 QSqlError(QString(), why,
                           driverError.type() == QSqlError::NoError ? QSqlError::StatementError
                                                                    : driverError.type(),
                           QString::number(code & 0xff))};
}

QString SqlFailure::fileOf(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    return db.isValid() ? QDir::toNativeSeparators(db.databaseName()) : QString();
}

Result<QSqlQuery> Sql::prepare(const QString &sql) const
{
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return queryError(query, 0);
    return query;
}

Status Sql::run(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        // A default-constructed QString would reach SQLite as NULL; only a null QVariant
        // (QVariant(QMetaType)) is meant to be NULL.
        const bool emptyText =
            !value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull();
        query.bindValue(i, emptyText ? QVariant(QLatin1String("")) : value);
    }
    QElapsedTimer waited;
    waited.start();
    if (!query.exec())
        return queryError(query, waited.elapsed());
    return {};
}

Result<QSqlQuery> Sql::select(const QString &sql, const QVariantList &values) const
{
    auto query = prepare(sql);
    if (!query)
        return query.error();
    if (auto status = run(query.value(), values); !status)
        return status.error();
    return query;
}

Result<QVariant> Sql::scalar(const QString &sql, const QVariantList &values) const
{
    auto query = select(sql, values);
    if (!query)
        return query.error();
    if (!query.value().next()) {
        if (Status none = finished(query.value()); !none)
            return none.error();
        return QVariant();
    }
    QVariant result = query.value().value(0);
    query.value().finish();
    return result;
}

Status Sql::finished(const QSqlQuery &query)
{
    if (query.lastError().type() == QSqlError::NoError)
        return {};
    return queryError(query, 0);
}

Result<qint64> Sql::insert(const QString &sql, const QVariantList &values) const
{
    auto query = select(sql, values);
    if (!query)
        return query.error();
    return query.value().lastInsertId().toLongLong();
}

Result<int> Sql::exec(const QString &sql, const QVariantList &values) const
{
    auto query = select(sql, values);
    if (!query)
        return query.error();
    return query.value().numRowsAffected();
}
