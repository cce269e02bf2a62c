#include "audit/auditanchor.h"

#include "backup/backupfile.h"
#include "backup/backupfolder.h"
#include "db/database.h"
#include "db/sql.h"
#include "domain/timestamp.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace {
// One key per database file, named by a digest of its absolute path (a path is not a valid key).
QString keyOf(const QString &databasePath)
{
    const QString absolute = QFileInfo(databasePath).absoluteFilePath();
    return QStringLiteral("audit-heads/") +
           QString::fromLatin1(
               QCryptographicHash::hash(absolute.toUtf8(), QCryptographicHash::Sha256).toHex());
}
} // namespace

void AuditAnchor::remember(const QString &connectionName)
{
    const QString path = Database::fileOf(connectionName);
    if (path.isEmpty())
        return;
    auto head = AuditChain::head(connectionName);
    if (!head || head.value().id == 0)
        return;
    // Only ever moves forward along the same chain: a file rewritten since stays reported.
    if (const auto known = remembered(path)) {
        // Already remembered: rewriting the settings file would cost two disk syncs at the close
        // of every command that wrote nothing (a report signs in on a connection of its own,
        // which remembers the head first).
        if (known->id == head.value().id && known->hash == head.value().hash)
            return;
        auto hash =
            Sql(connectionName)
                .scalar(QStringLiteral("SELECT hash FROM audit_events WHERE id = ?"), {known->id});
        if (!hash || hash.value().toByteArray() != known->hash)
            return;
    }
    QSettings().setValue(keyOf(path), QStringLiteral("%1 %2")
                                          .arg(head.value().id)
                                          .arg(QString::fromLatin1(head.value().hash.toHex())));
}

void AuditAnchor::forget(const QString &databasePath)
{
    QSettings().remove(keyOf(databasePath));
}

QList<AuditVerifier::Anchor> AuditAnchor::known(const QString &connectionName)
{
    QList<AuditVerifier::Anchor> anchors;
    if (auto mine = remembered(Database::fileOf(connectionName)))
        anchors << *mine;
    if (auto backup = newestBackup(connectionName))
        anchors << *backup;
    return anchors;
}

std::optional<AuditVerifier::Anchor> AuditAnchor::remembered(const QString &databasePath)
{
    const QString saved = QSettings().value(keyOf(databasePath)).toString();
    const qint64 id = saved.section(QLatin1Char(' '), 0, 0).toLongLong();
    const QByteArray hash = QByteArray::fromHex(saved.section(QLatin1Char(' '), 1).toLatin1());
    if (id <= 0 || hash.size() != AuditEncoding::DigestBytes)
        return std::nullopt;
    return AuditVerifier::Anchor{tr("this computer's settings"), id, hash};
}

std::optional<AuditVerifier::Anchor> AuditAnchor::newestBackup(const QString &connectionName)
{
    auto restored = Sql(connectionName)
                        .scalar(QStringLiteral("SELECT max(at) FROM audit_events WHERE action = "
                                               "'restore'"));
    const QDateTime lastRestore =
        restored ? Timestamp::parse(restored.value().toString()) : QDateTime();
    for (const BackupFolder::Entry &entry : BackupFolder(Database::fileOf(connectionName)).list()) {
        if (lastRestore.isValid() && entry.madeAt < lastRestore)
            break; // newest first: every later entry is older still
        auto contents = BackupFile::inspect(entry.path, BackupFile::Depth::Header);
        if (!contents || contents.value().auditHeadId == 0)
            continue;
        return AuditVerifier::Anchor{tr("the backup %1").arg(QDir::toNativeSeparators(entry.path)),
                                     contents.value().auditHeadId, contents.value().auditHeadHash};
    }
    return std::nullopt;
}
