#pragma once

#include "domain/cohort.h"
#include "domain/staffuser.h"
#include "domain/track.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

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
    static void fillTracks(QComboBox *track, const QList<Track> &tracks);
    static void fillCohorts(QComboBox *cohort, const QList<Cohort> &cohorts, qint64 trackId);
    static void fillOwners(QComboBox *owner, const QList<StaffUser> &owners);
};
