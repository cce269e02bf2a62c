#include "moveundo.h"

#include <QAction>
#include <QKeySequence>
#include <QMessageBox>
#include <QWidget>

#include <algorithm>

MoveUndo::MoveUndo(QString connectionName, QWidget *window)
    : QObject(window), m_connection(std::move(connectionName)), m_window(window),
      m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("undoMoveAction"));
    m_action->setShortcut(QKeySequence::Undo);
    connect(m_action, &QAction::triggered, this, &MoveUndo::undo);
    update();
}

void MoveUndo::setActor(const std::optional<Actor> &actor)
{
    const bool same = actor && m_actor && actor->userId == m_actor->userId;
    m_actor = actor;
    if (!same)
        forget();
}

void MoveUndo::remember(ApplicationStatus to, const StatusService::BulkResult &result)
{
    if (result.changed.isEmpty())
        return; // nothing moved: the move before stays the last one
    m_to = to;
    m_moves.clear();
    // The requested move of each application, not what followed from it (an automatic offer).
    for (const StatusEvent &event : result.events) {
        if (!result.changed.contains(event.applicationId) || event.to != to ||
            (m_actor && event.byUserId != m_actor->userId))
            continue;
        const bool known =
            std::any_of(m_moves.cbegin(), m_moves.cend(), [&](const StatusService::MadeMove &m) {
                return m.applicationId == event.applicationId;
            });
        if (!known)
            m_moves.prepend({event.applicationId, event.id});
    }
    update();
}

void MoveUndo::forget()
{
    m_moves.clear();
    update();
}

QString MoveUndo::moveName() const
{
    const QString status = Statuses::displayName(m_to);
    if (m_moves.size() == 1)
        return tr("Move to %1").arg(status);
    return tr("Move of %L1 Applications to %2").arg(m_moves.size()).arg(status);
}

void MoveUndo::update()
{
    if (m_moves.isEmpty() || !m_actor) {
        m_action->setText(tr("&Undo"));
        const QString tip = tr("No status move made in this window to undo.");
        m_action->setToolTip(tip);
        m_action->setStatusTip(tip);
        m_action->setEnabled(false);
        return;
    }
    QList<qint64> sameChange;
    for (const StatusService::MadeMove &move : m_moves)
        sameChange << move.eventId;
    const StatusService service(m_connection, *m_actor);
    QString firstRefusal;
    int possible = 0;
    for (const StatusService::MadeMove &move : m_moves) {
        auto refusal = service.undoRefusal(move.applicationId, move.eventId, sameChange);
        const QString why = refusal ? refusal.value() : refusal.error().text();
        if (why.isEmpty()) {
            ++possible;
            continue;
        }
        if (firstRefusal.isEmpty())
            firstRefusal = m_moves.size() == 1
                               ? why
                               : tr("application %1: %2").arg(move.applicationId).arg(why);
    }
    if (possible == 0) {
        // Disabled menu entries show no tool tip: the text itself says why.
        const QString text = tr("Undo %1: not possible — %2").arg(moveName(), firstRefusal);
        m_action->setText(text);
        m_action->setToolTip(text);
        m_action->setStatusTip(text);
        m_action->setEnabled(false);
        return;
    }
    m_action->setText(tr("&Undo %1").arg(moveName()));
    QString tip = tr("Undo %1, as a move of its own; the history keeps both.").arg(moveName());
    if (possible < m_moves.size())
        tip += QLatin1Char(' ') + tr("%L1 of the %L2 applications cannot be moved back (%3).")
                                      .arg(m_moves.size() - possible)
                                      .arg(m_moves.size())
                                      .arg(firstRefusal);
    m_action->setToolTip(tip);
    m_action->setStatusTip(tip);
    m_action->setEnabled(true);
}

void MoveUndo::undo()
{
    if (m_moves.isEmpty() || !m_actor)
        return;
    const int total = int(m_moves.size());
    const QString status = Statuses::displayName(m_to);
    auto result = StatusService(m_connection, *m_actor).undoMoves(m_moves);
    if (!result) {
        Q_EMIT failed(tr("The move could not be undone."), result.error());
        update();
        return;
    }
    // Undone or not, the move is done with: what was refused stays as it is.
    m_moves.clear();
    update();
    Q_EMIT undone();
    Q_EMIT reported(tr("Moved back from %1: %L2.").arg(status).arg(result.value().changed.size()));
    showRefusals(result.value().refused, total);
}

void MoveUndo::showRefusals(const QList<Refusal> &refused, int total)
{
    if (refused.isEmpty())
        return;
    QStringList lines;
    for (const Refusal &refusal : refused)
        lines << tr("Application %1: %2").arg(refusal.applicationId).arg(refusal.reason);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Some moves were not undone"),
                                tr("Not moved back, and nothing changed for them: %L1 of %L2 "
                                   "applications.")
                                    .arg(refused.size())
                                    .arg(total),
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("undoRefusals"));
    box->setDetailedText(lines.join(QLatin1Char('\n')));
    box->setInformativeText(lines.mid(0, 5).join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}
