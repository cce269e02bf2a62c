#pragma once

#include "domain/actor.h"
#include "domain/track.h"

#include <QDialog>

#include <optional>

class FieldMessages;
class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Creates or edits one career track: its short code (typed in CSV files and on the command
// line), its name, and whether it takes new applications and cohorts. Save stays disabled
// until both are valid; a refusal (a code already taken) is said in the dialog, which stays
// open with everything typed.
class TrackDialog : public QDialog
{
    Q_OBJECT

public:
    // Without a track, a new one.
    TrackDialog(QString connectionName, Actor actor, std::optional<Track> track = {},
                QWidget *parent = nullptr);

    // The track saved, once accepted.
    qint64 trackId() const { return m_trackId; }

    void accept() override;

private:
    Track entered() const;
    void validate();

    QString m_connection;
    Actor m_actor;
    std::optional<Track> m_original;
    qint64 m_trackId = 0;
    QLineEdit *m_code;
    QLineEdit *m_name;
    QCheckBox *m_active;
    FieldMessages *m_fieldMessages = nullptr;
    QLabel *m_problems; // what concerns no one field
    QDialogButtonBox *m_buttons;
};
