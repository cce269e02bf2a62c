#include "commandgroups.h"

#include "console.h"
#include "invocation.h"

#include "backup/backupfile.h"
#include "backup/backupfolder.h"
#include "backup/databaserestore.h"
#include "db/database.h"
#include "services/backupservice.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>

namespace {
const QString OutputOption = QStringLiteral("o");
const QString IfDueOption = QStringLiteral("if-due");
const QString FolderOption = QStringLiteral("folder");
const QString DefaultFolderOption = QStringLiteral("default-folder");
const QString DailyOption = QStringLiteral("keep-daily");
const QString WeeklyOption = QStringLiteral("keep-weekly");
const QString MonthlyOption = QStringLiteral("keep-monthly");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

QString localTime(const QDateTime &at)
{
    return at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString describe(const BackupFolder::Rotation &rotation)
{
    return QCoreApplication::translate("BackupCommands", "keeping the newest of each of the last "
                                                         "%1 days, %2 weeks and %3 months, and "
                                                         "none older than %4 days (an erased "
                                                         "person leaves the backups by then)")
        .arg(rotation.daily)
        .arg(rotation.weekly)
        .arg(rotation.monthly)
        .arg(rotation.longestKeptDays());
}

// The group's table and what runs each command: static members, for the tr() context.
struct BackupCommands
{
    static QList<CommandSpec> commands();
    static CommandSpec::Handler backup, list, settings, restore;
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)
};
} // namespace

QList<CommandSpec> BackupCommands::commands()
{
    return {
        CommandSpec(
            {QStringLiteral("backup")}, &BackupCommands::backup,
            tr("Make a checked copy of the database, while it is in use."),
            tr("Copies the database as it is at one moment, while windows and other commands use "
               "it, into the backup folder (backups/ beside the database, or the folder set with "
               "'backup settings'), or to FILE with -o. The copy is readable only by you, is "
               "written under a temporary name, and counts only once it has been reopened, "
               "recognised, checked (PRAGMA quick_check) and found to hold as many rows as the "
               "database. Copies in the backup folder are then rotated (see 'backup settings')."))
            .with({
                QCommandLineOption(OutputOption,
                                   tr("Write the backup to FILE instead of the backup folder."),
                                   QStringLiteral("FILE")),
                QCommandLineOption(IfDueOption,
                                   tr("Only when the newest backup in the folder is a day old or "
                                      "older (for a scheduled job).")),
            })
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec({QStringLiteral("backup"), QStringLiteral("list")}, &BackupCommands::list,
                    tr("List the database's backups, newest first."),
                    tr("Lists the backups of the database in its backup folder, newest "
                       "first: when each was made (local time), why, its size and file."))
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec(
            {QStringLiteral("backup"), QStringLiteral("settings")}, &BackupCommands::settings,
            tr("Show or change where backups go and how many are kept."),
            tr("Shows the backup folder and the rotation; with options, changes them first. The "
               "settings are the desktop program's too. Rotation keeps the newest backup of each "
               "of the last N days, weeks and months that have one; the newest backup is always "
               "kept."))
            .with({
                QCommandLineOption(FolderOption, tr("Keep backups in DIR."), QStringLiteral("DIR")),
                QCommandLineOption(DefaultFolderOption,
                                   tr("Keep backups in backups/ beside each database (the "
                                      "default).")),
                QCommandLineOption(DailyOption, tr("Daily backups to keep (default 7)."),
                                   QStringLiteral("N")),
                QCommandLineOption(WeeklyOption, tr("Weekly backups to keep (default 4)."),
                                   QStringLiteral("N")),
                QCommandLineOption(MonthlyOption, tr("Monthly backups to keep (default 6)."),
                                   QStringLiteral("N")),
            })
            .withAccess(CommandSpec::Access::ReadsAsIs),
        CommandSpec(
            {QStringLiteral("restore")}, &BackupCommands::restore,
            tr("Put a backup in the place of the database."),
            tr("Checks BACKUP (a damaged, foreign or newer file is refused), then replaces the "
               "database with it in one step, keeping the current file aside under a name with the "
               "time. Refused while another program (a window or a command) has the database "
               "open. An older backup is upgraded the next time the database is opened."))
            .takes(QStringLiteral("BACKUP"), 1),
    };
}

int BackupCommands::backup(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    if (parser.isSet(OutputOption) && parser.isSet(IfDueOption))
        return console.usage(tr("--if-due is for the backup folder's daily backups; it does not "
                                "go with -o."));
    if (parser.isSet(OutputOption) && !invocation.outputAllowed(parser.value(OutputOption)))
        return Console::Failed;
    // --if-due is the desk's own daily backup (a scheduled job); any other is a person's, who
    // signs in for it.
    std::optional<Actor> actor;
    if (parser.isSet(IfDueOption)) {
        if (!invocation.openDatabase())
            return Console::Failed;
    } else if (actor = invocation.openAsActor(); !actor) {
        return Console::Failed;
    }
    const QString database = invocation.database().path();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const BackupFolder folder(database);
    QString destination = parser.value(OutputOption);
    if (destination.isEmpty()) {
        if (parser.isSet(IfDueOption) && !folder.isDue(now)) {
            const BackupFolder::Entry newest = folder.list().constFirst();
            console.out() << tr("No backup is due: the newest, %1, was made at %2.")
                                 .arg(native(newest.path), localTime(newest.madeAt))
                          << Qt::endl;
            return Console::Done;
        }
        if (Status created = folder.create(); !created)
            return console.fail(created.error().text());
        destination = folder.pathFor(now, parser.isSet(IfDueOption) ? QStringLiteral("daily")
                                                                    : QStringLiteral("manual"));
    }

    const auto progress = console.interruptibleProgress(
        [](int percent, qint64, qint64) { return tr("Backing up: %1%").arg(percent); });
    QElapsedTimer timer;
    timer.start();
    const auto made = actor ? BackupService::backUp(invocation.database().connectionName(), *actor,
                                                    destination, progress)
                            : BackupService::backUpAutomatically(
                                  invocation.database().connectionName(), destination, progress);
    if (!made)
        return console.fail(made.error().text());
    console.out() << tr("Backed up %1 to %2: %3 applications, %4, checked in %5 s.")
                         .arg(native(database), native(destination))
                         .arg(made->applications())
                         .arg(size(QFileInfo(destination).size()))
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
                  << Qt::endl;
    if (!parser.isSet(OutputOption)) {
        const auto removed = folder.tidy(QDateTime::currentDateTimeUtc());
        if (!removed)
            return console.fail(removed.error().text());
        for (const QString &old : removed.value())
            console.out() << tr("Deleted the old backup %1.").arg(native(old)) << '\n';
    }
    return Console::Done;
}

int BackupCommands::list(Invocation &invocation)
{
    Console &console = invocation.console();
    if (!invocation.openDatabase())
        return Console::Failed;
    const BackupFolder folder(invocation.database().path());
    const QList<BackupFolder::Entry> entries = folder.list();
    console.out() << tr("Backups of %1 in %2 (%3):")
                         .arg(native(invocation.database().path()), native(folder.path()),
                              describe(BackupFolder::configuredRotation()))
                  << '\n';
    if (entries.isEmpty()) {
        console.out() << tr("No backups yet.") << Qt::endl;
        return Console::Done;
    }
    QList<QStringList> rows;
    for (const BackupFolder::Entry &entry : entries)
        rows << QStringList{localTime(entry.madeAt), entry.reason, size(entry.bytes),
                            native(entry.path)};
    console.table({tr("Made"), tr("Why"), tr("Size"), tr("File")}, rows);
    return Console::Done;
}

int BackupCommands::settings(Invocation &invocation)
{
    Console &console = invocation.console();
    const QCommandLineParser &parser = invocation.parser();
    if (parser.isSet(FolderOption) && parser.isSet(DefaultFolderOption))
        return console.usage(tr("Give --folder or --default-folder, not both."));
    BackupFolder::Rotation rotation = BackupFolder::configuredRotation();
    for (const auto &[option, keep] :
         {std::pair{DailyOption, &rotation.daily}, std::pair{WeeklyOption, &rotation.weekly},
          std::pair{MonthlyOption, &rotation.monthly}}) {
        if (!parser.isSet(option))
            continue;
        bool ok = false;
        *keep = parser.value(option).toInt(&ok);
        if (!ok || *keep < 0 || *keep > 1000)
            return console.usage(tr("--%1 needs a whole number from 0 to 1000, not '%2'.")
                                     .arg(option, parser.value(option)));
    }
    QString folder = BackupFolder::configuredFolder();
    if (parser.isSet(FolderOption))
        folder = parser.value(FolderOption);
    if (parser.isSet(DefaultFolderOption))
        folder.clear();
    BackupFolder::configure(folder, rotation);
    console.out() << tr("Backup folder: %1")
                         .arg(folder.isEmpty() ? tr("backups/ beside each database")
                                               : native(BackupFolder::configuredFolder()))
                  << '\n'
                  << tr("Rotation: %1.").arg(describe(rotation)) << Qt::endl;
    return Console::Done;
}

int BackupCommands::restore(Invocation &invocation)
{
    Console &console = invocation.console();
    const QString backup = invocation.arguments().constFirst();
    // Signed in on the database it replaces; on the backup when the database cannot be opened
    // (a damaged file is what restores are for). DatabaseRestore asks the same files.
    const bool opens =
        Database(Database::uniqueConnectionName(QStringLiteral("restore")))
            .open(invocation.databasePath(), Database::Check::Later, Database::Mode::Existing)
            .ok();
    const auto actor =
        opens ? invocation.signInTo(invocation.databasePath(), Database::Mode::Existing)
              : invocation.signInTo(backup, Database::Mode::ReadOnly);
    if (!actor)
        return Console::Failed;
    const auto restored = DatabaseRestore::run(invocation.databasePath(), backup,
                                               QDateTime::currentDateTimeUtc(), actor.value());
    if (!restored)
        return console.fail(restored.error().text());
    console.out() << tr("Restored %1 from %2 (%3 applications, schema version %4).")
                         .arg(native(QFileInfo(invocation.databasePath()).absoluteFilePath()),
                              native(backup))
                         .arg(restored->restored.applications())
                         .arg(restored->restored.schemaVersion)
                  << '\n'
                  << tr("The database as it was is kept as %1.").arg(native(restored->keptAside))
                  << Qt::endl;
    return Console::Done;
}

QList<CommandSpec> CommandGroups::backups()
{
    return BackupCommands::commands();
}
