#pragma once

#include "audit/auditchain.h"
#include "audit/auditverifier.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// The chain's head kept outside the file. The owner of a local file can rewrite it, chain and
// all, with other tools; a rewrite cannot also reach this computer's settings (shared by both
// programs) or the backups already made, which hold the chain as it was. AuditVerifier checks
// the file's chain against both.
class AuditAnchor
{
    Q_DECLARE_TR_FUNCTIONS(AuditAnchor)

public:
    // Remembers the head of the database open on `connectionName` in this computer's settings,
    // if its chain still holds the head remembered before (a rewritten file keeps failing
    // `check` rather than becoming the new truth).
    static void remember(const QString &connectionName);
    // Forgets the head remembered for `databasePath`: a new file made there, or a backup put
    // back in its place, starts its own story.
    static void forget(const QString &databasePath);

    // The heads known for the database open on `connectionName`: the one remembered on this
    // computer, and the newest backup's made since the file was last restored (a backup made
    // before a restore holds another story). A backup that cannot be read is left out.
    static QList<AuditVerifier::Anchor> known(const QString &connectionName);

private:
    static std::optional<AuditVerifier::Anchor> remembered(const QString &databasePath);
    static std::optional<AuditVerifier::Anchor> newestBackup(const QString &connectionName);
};
