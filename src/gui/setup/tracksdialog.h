#pragma once

#include "domain/actor.h"
#include "domain/result.h"
#include "domain/track.h"

#include <QDialog>
#include <QList>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;

// Settings → Career Tracks…: every track with its code and whether it takes new applications,
// and, for staff who manage the catalogue, adding, editing, deactivating and activating one.
// A deactivated track keeps its applications and cohorts; it is only no longer offered.
class TracksDialog : public QDialog
{
    Q_OBJECT

public:
    // mayEdit: the role manages the catalogue; otherwise the list is only shown.
    TracksDialog(QString connectionName, Actor actor, bool mayEdit, QWidget *parent = nullptr);

    // Reads the tracks again, keeping the selected one (or selecting `select`).
    Status refresh(qint64 select = 0);
    // Whether anything was saved while the dialog was open.
    bool changedAny() const { return m_changed; }

    // New Track…: the track dialog, then the list shows the new track selected.
    void addTrack();

private:
    std::optional<Track> selected() const;
    void showSelected();
    void editTrack();
    void toggleActive();

    QString m_connection;
    Actor m_actor;
    QList<Track> m_tracks;
    bool m_changed = false;
    QTableWidget *m_table;
    QPushButton *m_edit;
    QPushButton *m_toggleActive;
    QLabel *m_message;
};
