#include "setup/tracksdialog.h"

#include "services/catalogservice.h"
#include "setup/trackdialog.h"
#include "widgets/emptylistnote.h"
#include "widgets/readonlytable.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
enum Column
{
    CodeColumn,
    NameColumn,
    StateColumn
};
} // namespace

TracksDialog::TracksDialog(QString connectionName, Actor actor, bool mayEdit, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_table(new ReadOnlyTable({tr("Code"), tr("Name"), tr("Takes applications")},
                                QStringLiteral("tracks"), tr("Career tracks"), this)),
      m_edit(new QPushButton(tr("&Edit Track…"), this)),
      m_toggleActive(new QPushButton(tr("&Deactivate"), this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Career Tracks"));
    new EmptyListNote(m_table, mayEdit ? tr("No career track yet. Every application and cohort "
                                            "belongs to one: New Track… adds the first.")
                                       : tr("No career track yet. Staff who manage tracks and "
                                            "cohorts add them here."));
    auto *add = new QPushButton(tr("&New Track…"), this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    for (QPushButton *button : {add, m_edit, m_toggleActive})
        button->setVisible(mayEdit);
    auto *actions = new QHBoxLayout;
    actions->addWidget(add);
    actions->addWidget(m_edit);
    actions->addWidget(m_toggleActive);
    actions->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(close);
    resize(fontMetrics().averageCharWidth() * 80, fontMetrics().height() * 24);

    connect(add, &QPushButton::clicked, this, &TracksDialog::addTrack);
    connect(m_edit, &QPushButton::clicked, this, &TracksDialog::editTrack);
    connect(m_toggleActive, &QPushButton::clicked, this, &TracksDialog::toggleActive);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this, mayEdit] {
        if (mayEdit)
            editTrack();
    });
    connect(m_table, &QTableWidget::currentCellChanged, this, &TracksDialog::showSelected);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (const Status read = refresh(); !read)
        m_message->setText(read.error().text());
}

Status TracksDialog::refresh(qint64 select)
{
    const auto tracks = CatalogService(m_connection, m_actor).tracks();
    if (!tracks)
        return tracks.error();
    if (select == 0 && selected())
        select = selected()->id;
    m_tracks = tracks.value();
    m_table->setRowCount(int(m_tracks.size()));
    int selectRow = 0;
    for (int row = 0; row < m_tracks.size(); ++row) {
        const Track &track = m_tracks.at(row);
        m_table->setItem(row, CodeColumn, new QTableWidgetItem(track.code));
        m_table->setItem(row, NameColumn, new QTableWidgetItem(track.name));
        m_table->setItem(row, StateColumn,
                         new QTableWidgetItem(track.active ? tr("yes") : tr("no (inactive)")));
        if (track.id == select)
            selectRow = row;
    }
    m_table->resizeColumnsToContents();
    if (!m_tracks.isEmpty())
        m_table->setCurrentCell(selectRow, 0);
    showSelected();
    return {};
}

std::optional<Track> TracksDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_tracks.size())
        return std::nullopt;
    return m_tracks.at(row);
}

void TracksDialog::showSelected()
{
    const auto track = selected();
    m_edit->setEnabled(track.has_value());
    m_toggleActive->setEnabled(track.has_value());
    m_toggleActive->setText(track && !track->active ? tr("&Activate") : tr("&Deactivate"));
}

void TracksDialog::addTrack()
{
    TrackDialog dialog(m_connection, m_actor, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    if (const Status read = refresh(dialog.trackId()); !read)
        m_message->setText(read.error().text());
    else
        m_message->setText(tr("Track %1 added.").arg(selected()->code));
}

void TracksDialog::editTrack()
{
    const auto track = selected();
    if (!track)
        return;
    TrackDialog dialog(m_connection, m_actor, track, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_changed = true;
    if (const Status read = refresh(); !read)
        m_message->setText(read.error().text());
    else
        m_message->setText(tr("Track %1 saved.").arg(selected()->code));
}

void TracksDialog::toggleActive()
{
    auto track = selected();
    if (!track)
        return;
    track->active = !track->active;
    if (const Status saved = CatalogService(m_connection, m_actor).updateTrack(*track); !saved) {
        m_message->setText(saved.error().text());
        return;
    }
    m_changed = true;
    m_message->setText(track->active
                           ? tr("%1 takes new applications and cohorts again.").arg(track->code)
                           : tr("%1 takes no new applications or cohorts. Its applications and "
                                "cohorts keep it.")
                                 .arg(track->code));
    if (const Status read = refresh(); !read)
        m_message->setText(read.error().text());
}
