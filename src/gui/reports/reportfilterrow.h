#pragma once

#include "domain/cohort.h"
#include "domain/staffuser.h"
#include "domain/track.h"
#include "reports/reportfilter.h"
#include "reports/reportkind.h"
#include "widgets/choicecombo.h"

#include <QList>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

// Above a report: the filters it accepts (ReportKindInfo::accepts), and only those; the dates
// with what they select for it; the funnel's breakdown. Emits changed() on every edit; the page
// waits for the typing to stop.
class ReportFilterRow : public QWidget
{
    Q_OBJECT

public:
    explicit ReportFilterRow(QWidget *parent = nullptr);

    void setTracks(const QList<Track> &tracks);
    // Where the cohort choice finds the chosen track's cohorts, read again on setTracks().
    void setCohortLookup(CatalogChoices::CohortLookup lookup);
    void setOwners(const QList<StaffUser> &owners);
    // Shows the filters `kind` accepts and hides the others, which filter() then leaves out.
    void setKind(ReportKind kind);
    ReportFilter filter() const;
    // The filter in words, one line a field, for an exported report: "Track: SWE – Software".
    QStringList describe() const;

Q_SIGNALS:
    void changed();

private:
    bool accepts(ReportFilterField field) const;
    bool acceptsBreakdown() const;
    void fillCohorts();
    // A label and its field, hidden and shown together.
    QWidget *labelled(const QString &label, QWidget *field);

    ReportKind m_kind = ReportKind::Funnel;
    CatalogChoices::CohortLookup m_cohortsOf;
    QWidget *m_dates = nullptr;
    QCheckBox *m_datesOn = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_datesMean = nullptr;
    QComboBox *m_track = nullptr;
    QComboBox *m_cohort = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_source = nullptr;
    QLineEdit *m_campaign = nullptr;
    QComboBox *m_breakdown = nullptr;
};
