#pragma once

#include "domain/track.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class Console;

// The career tracks as the command line names them, by code (whatever the case): the one place
// that turns codes a person typed into tracks, and says which codes there are when one is not.
class TrackCodes
{
    Q_DECLARE_TR_FUNCTIONS(TrackCodes)

public:
    // Every track of the database open on `connectionName`; nothing once the reason is on
    // stderr.
    static std::optional<TrackCodes> load(const QString &connectionName, Console &console);

    // The track with this code; nothing once "there is no career track", with the codes there
    // are, is on stderr.
    std::optional<Track> find(const QString &code, Console &console) const;
    // The ids of a comma-separated list of codes, each once, in the order given; nothing once
    // the first unknown code is on stderr as find() says it.
    std::optional<QList<qint64>> ids(const QString &codeList, Console &console) const;
    // The codes of these track ids, comma-separated, by code.
    QString codes(const QList<qint64> &trackIds) const;

private:
    QList<Track> m_tracks; // by code
};
