#pragma once

#include "browse/applicationquery.h"
#include "csv/csvwriter.h"
#include "domain/actor.h"
#include "domain/result.h"

#include <QMenu>
#include <QString>
#include <QStringList>

#include <functional>

class BackgroundJob;

// File → Export: the applications on screen (the view's filters, order and visible columns),
// the same applications with every field, their status history, the waitlists, and the
// graduates' job outcomes (CIRR). Each asks
// where and how (ExportDialog), then writes on a worker thread with a connection of its own
// under a progress dialog that can cancel; a cancelled export leaves no file.
class ExportMenu : public QMenu
{
    Q_OBJECT

public:
    // What the applications view shows: its query and its visible columns in their order, as
    // ApplicationExport names them.
    struct Screen
    {
        ApplicationQuery query;
        QStringList columns;
    };

    // The window's database is open on connectionName (cohorts are read from it) and is the
    // file at databasePath (the worker opens it again).
    ExportMenu(QString connectionName, QString databasePath, std::function<Screen()> screen,
               QWidget *window);

    // Who exports: core refuses an export by no one.
    void setActor(const Actor &actor) { m_actor = actor; }

Q_SIGNALS:
    // A file was written: a line for the status bar, and the file.
    void exported(const QString &message, const QString &path);
    // An export was cancelled: a line for the status bar.
    void reported(const QString &message);

private:
    enum class Kind
    {
        Screen,
        Everything,
        StatusHistory,
        Waitlists,
        Outcomes
    };
    struct Request
    {
        Kind kind = Kind::Screen;
        ApplicationQuery query;
        QStringList columns;
        qint64 cohortId = 0; // waitlists and outcomes: 0 for every cohort
        QString path;
        CsvWriter::Options options;
        Actor actor;
    };

    void addExport(Kind kind, const QString &text);
    void ask(Kind kind);
    void start(const Request &request);
    void finish(const Request &request, const Result<qint64> &written, bool cancelled);
    static Result<qint64> write(const QString &databasePath, const Request &request,
                                const std::function<bool(qint64, qint64)> &progress);

    QString m_connection;
    QString m_databasePath;
    std::function<Screen()> m_screen;
    Actor m_actor;
};
