#include "reports/reportfilterrow.h"

#include "reports/reportrunner.h"
#include "widgets/choicecombo.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
// Wide enough for a track's code and the start of its name; the list opens wider.
constexpr int ComboCharacters = 16;

QComboBox *choiceCombo(QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(ComboCharacters);
    return combo;
}
} // namespace

ReportFilterRow::ReportFilterRow(QWidget *parent) : QWidget(parent)
{
    m_datesOn = new QCheckBox(tr("Dates from"), this);
    m_datesOn->setObjectName(QStringLiteral("reportDatesOn"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-3), this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setAccessibleName(tr("Dates from"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        connect(edit, &QDateEdit::dateChanged, this, &ReportFilterRow::changed);
    }
    m_datesMean = new QLabel(this);
    m_datesMean->setObjectName(QStringLiteral("reportDatesMean"));
    m_datesMean->setForegroundRole(QPalette::PlaceholderText);
    connect(m_datesOn, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        Q_EMIT changed();
    });
    m_dates = new QWidget(this);
    auto *dates = new QHBoxLayout(m_dates);
    dates->setContentsMargins({});
    auto *to = new QLabel(tr("to"), m_dates);
    to->setBuddy(m_to);
    dates->addWidget(m_datesOn);
    dates->addWidget(m_from);
    dates->addWidget(to);
    dates->addWidget(m_to);
    dates->addWidget(m_datesMean, 1);

    m_track = choiceCombo(this);
    m_track->setObjectName(QStringLiteral("reportTrack"));
    m_cohort = choiceCombo(this);
    m_cohort->setObjectName(QStringLiteral("reportCohort"));
    m_owner = choiceCombo(this);
    m_owner->setObjectName(QStringLiteral("reportOwner"));
    CatalogChoices::fillTracks(m_track, {});
    CatalogChoices::fillOwners(m_owner, {});
    fillCohorts();
    connect(m_track, &QComboBox::currentIndexChanged, this, [this] {
        fillCohorts();
        Q_EMIT changed();
    });
    for (QComboBox *combo : {m_cohort, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportFilterRow::changed);

    m_source = new QLineEdit(this);
    m_source->setObjectName(QStringLiteral("reportSource"));
    m_source->setPlaceholderText(tr("Any source"));
    m_campaign = new QLineEdit(this);
    m_campaign->setObjectName(QStringLiteral("reportCampaign"));
    m_campaign->setPlaceholderText(tr("Any campaign"));
    for (QLineEdit *edit : {m_source, m_campaign}) {
        edit->setClearButtonEnabled(true);
        edit->setMaximumWidth(edit->fontMetrics().averageCharWidth() * 24);
        connect(edit, &QLineEdit::textChanged, this, &ReportFilterRow::changed);
    }

    m_breakdown = new QComboBox(this);
    m_breakdown->setObjectName(QStringLiteral("reportBreakdown"));
    m_breakdown->addItem(tr("None"), int(ReportFilter::Breakdown::None));
    m_breakdown->addItem(tr("Track"), int(ReportFilter::Breakdown::Track));
    m_breakdown->addItem(tr("Cohort"), int(ReportFilter::Breakdown::Cohort));
    m_breakdown->addItem(tr("Source"), int(ReportFilter::Breakdown::Source));
    m_breakdown->addItem(tr("Campaign"), int(ReportFilter::Breakdown::Campaign));
    connect(m_breakdown, &QComboBox::currentIndexChanged, this, &ReportFilterRow::changed);

    auto *who = new QHBoxLayout;
    who->addWidget(labelled(tr("Track"), m_track));
    who->addWidget(labelled(tr("Cohort"), m_cohort));
    who->addWidget(labelled(tr("Owner"), m_owner));
    who->addStretch(1);
    auto *where = new QHBoxLayout;
    where->addWidget(labelled(tr("Source"), m_source));
    where->addWidget(labelled(tr("Campaign"), m_campaign));
    where->addWidget(labelled(tr("Break down by"), m_breakdown));
    where->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins({});
    layout->addWidget(m_dates);
    layout->addLayout(who);
    layout->addLayout(where);
    setKind(m_kind);
}

QWidget *ReportFilterRow::labelled(const QString &label, QWidget *field)
{
    auto *pair = new QWidget(this);
    auto *layout = new QHBoxLayout(pair);
    layout->setContentsMargins({});
    auto *name = new QLabel(label, pair);
    name->setBuddy(field);
    field->setParent(pair);
    layout->addWidget(name);
    layout->addWidget(field, 1);
    return pair;
}

void ReportFilterRow::setTracks(const QList<Track> &tracks)
{
    CatalogChoices::fillTracks(m_track, tracks);
    fillCohorts();
}

void ReportFilterRow::setCohortLookup(CatalogChoices::CohortLookup lookup)
{
    m_cohortsOf = std::move(lookup);
    fillCohorts();
}

void ReportFilterRow::fillCohorts()
{
    CatalogChoices::fillCohorts(m_cohort, m_cohortsOf, m_track->currentData().toLongLong());
}

void ReportFilterRow::setOwners(const QList<StaffUser> &owners)
{
    CatalogChoices::fillOwners(m_owner, owners);
}

bool ReportFilterRow::accepts(ReportFilterField field) const
{
    return ReportKindInfo::accepts(m_kind, field);
}

// Asked of the runner's own check, so the row offers a breakdown wherever core takes one.
bool ReportFilterRow::acceptsBreakdown() const
{
    ReportFilter broken;
    broken.by = ReportFilter::Breakdown::Track;
    return ReportRunner::checkFilter(m_kind, broken).ok();
}

void ReportFilterRow::setKind(ReportKind kind)
{
    m_kind = kind;
    m_dates->setVisible(accepts(ReportFilterField::Dates));
    m_datesMean->setText(ReportKindInfo::datesMean(kind));
    m_track->parentWidget()->setVisible(accepts(ReportFilterField::Track));
    m_cohort->parentWidget()->setVisible(accepts(ReportFilterField::Cohort));
    m_owner->parentWidget()->setVisible(accepts(ReportFilterField::Owner));
    m_source->parentWidget()->setVisible(accepts(ReportFilterField::Source));
    m_campaign->parentWidget()->setVisible(accepts(ReportFilterField::Source));
    m_breakdown->parentWidget()->setVisible(acceptsBreakdown());
}

ReportFilter ReportFilterRow::filter() const
{
    ReportFilter filter;
    if (accepts(ReportFilterField::Dates) && m_datesOn->isChecked()) {
        filter.from = m_from->date();
        filter.to = m_to->date();
    }
    if (accepts(ReportFilterField::Track))
        filter.trackId = m_track->currentData().toLongLong();
    if (accepts(ReportFilterField::Cohort))
        filter.cohortId = m_cohort->currentData().toLongLong();
    if (accepts(ReportFilterField::Owner))
        filter.ownerId = m_owner->currentData().toLongLong();
    if (accepts(ReportFilterField::Source)) {
        filter.source = m_source->text().trimmed();
        filter.campaign = m_campaign->text().trimmed();
    }
    if (acceptsBreakdown())
        filter.by = ReportFilter::Breakdown(m_breakdown->currentData().toInt());
    return filter;
}

QStringList ReportFilterRow::describe() const
{
    const ReportFilter given = filter();
    QStringList lines;
    if (given.from.isValid())
        lines << tr("Dates: %1 to %2 (%3)")
                     .arg(given.from.toString(Qt::ISODate), given.to.toString(Qt::ISODate),
                          ReportKindInfo::datesMean(m_kind));
    if (given.trackId != 0)
        lines << tr("Track: %1").arg(m_track->currentText());
    if (given.cohortId != 0)
        lines << tr("Cohort: %1").arg(m_cohort->currentText());
    if (given.ownerId != 0)
        lines << tr("Owner: %1").arg(m_owner->currentText());
    if (!given.source.isEmpty())
        lines << tr("Source: %1").arg(given.source);
    if (!given.campaign.isEmpty())
        lines << tr("Campaign: %1").arg(given.campaign);
    if (given.by != ReportFilter::Breakdown::None)
        lines << tr("Broken down by: %1").arg(m_breakdown->currentText());
    if (lines.isEmpty())
        lines << tr("No filter.");
    return lines;
}
