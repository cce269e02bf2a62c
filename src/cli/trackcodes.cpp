#include "trackcodes.h"

#include "console.h"

#include "domain/validation.h"
#include "repositories/trackrepository.h"

#include <QStringList>

#include <algorithm>

std::optional<TrackCodes> TrackCodes::load(const QString &connectionName, Console &console)
{
    auto tracks = TrackRepository(connectionName).list();
    if (!tracks) {
        console.fail(tracks.error().text());
        return std::nullopt;
    }
    TrackCodes codes;
    codes.m_tracks = tracks.value();
    std::sort(codes.m_tracks.begin(), codes.m_tracks.end(), [](const Track &a, const Track &b) {
        return a.code.compare(b.code, Qt::CaseInsensitive) < 0;
    });
    return codes;
}

std::optional<Track> TrackCodes::find(const QString &code, Console &console) const
{
    for (const Track &track : m_tracks) {
        if (track.code.compare(code.trimmed(), Qt::CaseInsensitive) == 0)
            return track;
    }
    QStringList known;
    for (const Track &track : m_tracks)
        known << Validation::printable(track.code);
    const QString shown = Validation::quoted(code.trimmed());
    console.fail(known.isEmpty()
                     ? tr("There is no career track \"%1\": there are no tracks yet (see track "
                          "add).")
                           .arg(shown)
                     : tr("There is no career track \"%1\" (the tracks are %2).")
                           .arg(shown, known.join(QStringLiteral(", "))));
    return std::nullopt;
}

std::optional<QList<qint64>> TrackCodes::ids(const QString &codeList, Console &console) const
{
    QList<qint64> ids;
    for (const QString &code : codeList.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (code.trimmed().isEmpty())
            continue;
        const auto track = find(code, console);
        if (!track)
            return std::nullopt;
        if (!ids.contains(track->id))
            ids << track->id;
    }
    return ids;
}

QString TrackCodes::codes(const QList<qint64> &trackIds) const
{
    QStringList codes;
    for (const Track &track : m_tracks) {
        if (trackIds.contains(track.id))
            codes << Validation::printable(track.code);
    }
    return codes.join(QLatin1Char(','));
}
