#pragma once

#include "applicationfilter.h"
#include "track.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

// Above the applications: the search box that filters as you type, the statuses (several at
// once) and the track. Emits the whole filter whenever a part changes.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    void setTracks(const QList<Track> &tracks);
    ApplicationFilter filter() const;
    // Shows a saved filter without emitting filterChanged.
    void setFilter(const ApplicationFilter &filter);
    // Ctrl+F: into the search box, its text selected.
    void focusSearch();

Q_SIGNALS:
    void filterChanged(const ApplicationFilter &filter);

private:
    void emitChange();
    void updateStatusButton();

    QLineEdit *m_search = nullptr;
    QLabel *m_searchHint = nullptr;
    QToolButton *m_statuses = nullptr;
    QComboBox *m_track = nullptr;
    bool m_quiet = false;
};
