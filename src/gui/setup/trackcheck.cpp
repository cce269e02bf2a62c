#include "setup/trackcheck.h"

#include "services/catalogservice.h"
#include "setup/trackdialog.h"

#include <QMessageBox>
#include <QPushButton>

#include <algorithm>

bool TrackCheck::ensureActiveTrack(const QString &connectionName, const Actor &actor,
                                   const QString &what, QWidget *parent)
{
    const auto tracks = CatalogService(connectionName, actor).tracks();
    if (!tracks)
        return true; // the dialog that follows reads them again and says what failed
    if (std::any_of(tracks->cbegin(), tracks->cend(), [](const Track &t) { return t.active; }))
        return true;
    QMessageBox box(
        QMessageBox::Information, tr("No Career Track Yet"),
        tracks->isEmpty()
            ? tr("%1 belongs to a career track, and there is none yet.").arg(what)
            : tr("%1 belongs to a career track, and every track is inactive.").arg(what),
        QMessageBox::Cancel, parent);
    box.setInformativeText(tr("Add the first track now. Settings → Career Tracks lists, edits "
                              "and deactivates them later."));
    QPushButton *add = box.addButton(tr("&Add a Career Track…"), QMessageBox::AcceptRole);
    box.setDefaultButton(add);
    box.exec();
    if (box.clickedButton() != add)
        return false;
    return TrackDialog(connectionName, actor, std::nullopt, parent).exec() == QDialog::Accepted;
}
