#include "widgets/choicecombo.h"

#include <QComboBox>
#include <QSignalBlocker>

void ChoiceCombo::fill(QComboBox *combo, const QString &any,
                       const QList<QPair<qint64, QString>> &items)
{
    const qint64 current = combo->currentData().toLongLong();
    const QSignalBlocker quiet(combo);
    combo->clear();
    combo->addItem(any, qint64(0));
    for (const auto &[id, text] : items)
        combo->addItem(text, id);
    combo->setCurrentIndex(qMax(0, combo->findData(current)));
}

void CatalogChoices::fillTracks(QComboBox *track, const QList<Track> &tracks)
{
    QList<QPair<qint64, QString>> items;
    for (const Track &one : tracks)
        items.append({one.id, tr("%1 – %2").arg(one.code, one.name)});
    ChoiceCombo::fill(track, tr("All tracks"), items);
}

void CatalogChoices::fillCohorts(QComboBox *cohort, const CohortLookup &cohortsOf, qint64 trackId)
{
    QList<QPair<qint64, QString>> items;
    if (trackId != 0 && cohortsOf) {
        for (const Cohort &one : cohortsOf(trackId))
            items.append({one.id, one.name});
    }
    ChoiceCombo::fill(cohort, tr("All cohorts"), items);
    cohort->setEnabled(trackId != 0);
    cohort->setToolTip(trackId != 0 ? QString()
                                    : tr("Choose a track to choose one of its cohorts"));
}

void CatalogChoices::fillOwners(QComboBox *owner, const QList<StaffUser> &owners)
{
    QList<QPair<qint64, QString>> items;
    for (const StaffUser &one : owners)
        items.append({one.id, one.username});
    ChoiceCombo::fill(owner, tr("All owners"), items);
}
