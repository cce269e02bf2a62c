#pragma once

#include "backup/backupfile.h"
#include "domain/permissions.h"
#include "domain/result.h"

#include <QObject>
#include <QString>
#include <QTimer>

class Database;
class MainWindow;
class QAction;
class QLabel;

// File → Back Up… and File → Restore…, the automatic daily backup made in the background while
// the window is open, and the status bar's "Last backup" that shows when the newest was made.
// Backups run on a worker thread with a connection of their own; a restore closes the window's
// connection, puts the backup in place and opens the file again, so that every view shows it.
// A backup by hand needs a role that may back up, a restore an administrator (the window's
// signed-in staff user, asked again each time); the daily backup is the desk's own chore.
class BackupActions : public QObject
{
    Q_OBJECT

public:
    // How often the window looks whether the daily backup is due.
    static constexpr int DueCheckIntervalMs = 60 * 60 * 1000;

    // `database` is the window's own, open for as long as the window lives.
    BackupActions(Database &database, MainWindow *window);

    QAction *backUpAction() const { return m_backUp; }
    QAction *restoreAction() const { return m_restore; }

    // Makes the daily backup when one is due, in the background, then rotates the folder.
    void backUpIfDue();
    // Backs up to `path`, when the signed-in role may; the window reports the outcome.
    void backUpTo(const QString &path);
    // Checks `backupPath`, asks (unless `confirmed`), and restores it, when the signed-in role
    // may.
    void restoreFrom(const QString &backupPath, bool confirmed = false);

Q_SIGNALS:
    // A backup was written and checked (or failed: path empty, error set).
    void backupFinished(const QString &path, const Error &error);
    // The database was replaced by a backup and opened again (or not: error set).
    void restoreFinished(const Error &error);

private:
    // Whether the window's signed-in staff user may, as stored now; a refusal is shown.
    Status allowed(Action action);
    // Offers what the signed-in role allows.
    void showActions();
    void askForBackupFile();
    void askForBackup();
    void runBackup(const QString &path, bool automatic);
    bool confirmRestore(const QString &backupPath, const BackupFile::Contents &contents);
    void replaceWith(const QString &backupPath);
    void showLastBackup();

    Database &m_database;
    MainWindow *m_window;
    QAction *m_backUp;
    QAction *m_restore;
    QLabel *m_lastBackup;
    QTimer m_dueCheck;
    bool m_running = false; // a backup is under way
};
