#pragma once

#include "domain/actor.h"
#include "domain/applicationstatus.h"
#include "domain/result.h"
#include "services/statusservice.h"

#include <QList>
#include <QObject>

#include <optional>

class QAction;
class QWidget;

// Edit → Undo for status moves: the last move made in this window (of one application or of a
// selection), taken back by StatusService::undoMoves as moves of their own, history kept. The
// action names the move ("Undo Move to Screening"); while core says it cannot be undone (the
// application has moved since, a seat has moved since, the move is not one that can be taken
// back) it is disabled and says why, in its text, tool tip and status tip.
class MoveUndo : public QObject
{
    Q_OBJECT

public:
    // The database must be open on connectionName for as long as this lives; `window` parents
    // the action and the refusals box.
    MoveUndo(QString connectionName, QWidget *window);

    QAction *action() const { return m_action; }
    // Undos are made as this staff user; another one (or nobody) forgets the move.
    void setActor(const std::optional<Actor> &actor);
    // A move made in this window, to `to`: the last one, which the action undoes.
    void remember(ApplicationStatus to, const StatusService::BulkResult &result);
    // Asks core again whether the move can still be undone (something changed).
    void update();

Q_SIGNALS:
    // The move was taken back: every view shows it.
    void undone();
    // A line for the status bar.
    void reported(const QString &message);
    void failed(const QString &what, const Error &error);

private:
    void undo();
    void forget();
    // "Move to Screening", "Move of 12 Applications to Screening".
    QString moveName() const;
    void showRefusals(const QList<Refusal> &refused, int total);

    QString m_connection;
    QWidget *m_window;
    QAction *m_action;
    std::optional<Actor> m_actor;
    ApplicationStatus m_to = ApplicationStatus::Applied;
    QList<StatusService::MadeMove> m_moves; // newest first
};
