#pragma once

#include "domain/cohort.h"
#include "domain/staffuser.h"
#include "domain/track.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QComboBox;

// A combo box of rows chosen by id (a track, a cohort, an owner), its first item `any` (id 0):
// filled again, it keeps the row chosen while that row is still offered, and says nothing.
namespace ChoiceCombo {
void fill(QComboBox *combo, const QString &any, const QList<QPair<qint64, QString>> &items);
} // namespace ChoiceCombo

// The track, cohort and owner combos of a filter, filled alike wherever one offers them: tracks
// as "CODE – Name"; only the chosen track's cohorts (all of them at once run to thousands on a
// large file), the cohort combo off until a track is chosen; owners by username.
class CatalogChoices
{
    Q_DECLARE_TR_FUNCTIONS(CatalogChoices)

public:
    // The cohorts of one track, read when that track is chosen: a filter never reads all of a
    // large desk's cohorts.
    using CohortLookup = std::function<QList<Cohort>(qint64 trackId)>;

    static void fillTracks(QComboBox *track, const QList<Track> &tracks);
    // The cohorts `cohortsOf` gives for `trackId`; none, and not asked, while no track is chosen.
    static void fillCohorts(QComboBox *cohort, const CohortLookup &cohortsOf, qint64 trackId);
    static void fillOwners(QComboBox *owner, const QList<StaffUser> &owners);
};
