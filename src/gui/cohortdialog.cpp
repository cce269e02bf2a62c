#include "cohortdialog.h"

#include "services/catalogservice.h"
#include "services/paymentservice.h"

#include "widgets/problemstyle.h"
#include "widgets/titlewidth.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

CohortDialog::CohortDialog(QString connectionName, Actor actor, std::optional<Cohort> cohort,
                           QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_original(std::move(cohort))
{
    setWindowTitle(m_original ? tr("Edit Cohort") : tr("New Cohort"));
    const Cohort c = m_original.value_or(Cohort());
    m_track = new QComboBox(this);
    m_track->setObjectName(QStringLiteral("track"));
    if (const auto tracks = CatalogService(m_connection, m_actor).tracks()) {
        for (const Track &track : tracks.value()) {
            // A new cohort only of a track that takes them; an existing one shows its own.
            if (track.active || track.id == c.trackId)
                m_track->addItem(tr("%1 – %2").arg(track.code, track.name), track.id);
        }
    }
    m_track->setCurrentIndex(qMax(0, m_track->findData(c.trackId)));
    m_track->setEnabled(!m_original); // applications keep their track
    m_name = new QLineEdit(c.name, this);
    m_name->setObjectName(QStringLiteral("name"));
    const QDate start = c.startsOn.isValid() ? c.startsOn : QDate::currentDate().addMonths(2);
    m_starts = new QDateEdit(start, this);
    m_ends = new QDateEdit(c.endsOn.isValid() ? c.endsOn : start.addMonths(6), this);
    m_opensByItself = new QCheckBox(tr("&Opens by itself on"), this);
    m_opensByItself->setObjectName(QStringLiteral("opensByItself"));
    m_opensByItself->setToolTip(tr("A draft cohort opens for applications on this day of the "
                                   "bootcamp's time zone; without it, only Open for Applications "
                                   "opens it."));
    m_opensByItself->setChecked(c.applicationsOpenOn.isValid());
    m_opensOn = new QDateEdit(
        c.applicationsOpenOn.isValid() ? c.applicationsOpenOn : start.addMonths(-1), this);
    m_opensOn->setObjectName(QStringLiteral("applicationsOpenOn"));
    m_opensOn->setAccessibleName(tr("Applications open on"));
    m_opensOn->setEnabled(m_opensByItself->isChecked());
    connect(m_opensByItself, &QCheckBox::toggled, m_opensOn, &QWidget::setEnabled);
    // Dates in the locale's short format, as every list and filter of the window writes them
    // (QDateEdit's own default); CSV files and the command line keep ISO dates.
    for (QDateEdit *edit : {m_starts, m_ends, m_opensOn})
        edit->setCalendarPopup(true);
    const auto spin = [this](int value, int minimum, int maximum, const QString &name) {
        auto *box = new QSpinBox(this);
        box->setObjectName(name);
        box->setRange(minimum, maximum);
        box->setValue(value);
        return box;
    };
    m_capacity = spin(m_original ? c.capacity : 30, 0, 100000, QStringLiteral("capacity"));
    m_holdDays = spin(c.offerHoldDays, 1, 365, QStringLiteral("offerHoldDays"));
    m_refundWindow = spin(c.refundWindowDays, 0, 365, QStringLiteral("refundWindowDays"));
    // What a seat costs. A cohort without a price yet shows 0 and stays without one until a
    // price is typed.
    std::optional<CohortFees> fees;
    if (m_original) {
        if (const auto found = PaymentService(m_connection, m_actor).fees(m_original->id))
            fees = found.value();
    }
    m_hadFees = fees.has_value();
    const auto money = [this](qint64 cents, const QString &name) {
        auto *box = new QDoubleSpinBox(this);
        box->setObjectName(name);
        box->setDecimals(2);
        box->setRange(0, 99999999.99);
        box->setValue(double(cents) / 100);
        return box;
    };
    m_price = money(fees ? fees->priceCents : 0, QStringLiteral("price"));
    m_deposit = money(fees ? fees->depositCents : 0, QStringLiteral("deposit"));
    m_currency = new QLineEdit(fees ? fees->currency : CohortFees().currency, this);
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setMaxLength(3);
    m_currency->setPlaceholderText(tr("e.g. USD"));
    m_state = new QComboBox(this);
    m_state->setObjectName(QStringLiteral("state"));
    for (const QString &state : Cohort::states())
        m_state->addItem(Cohort::stateDisplayName(state), state);
    m_state->setCurrentIndex(qMax(0, m_state->findData(c.state)));
    m_guaranteeDays = spin(c.guarantee.periodDays, 1, GuaranteeTerms::MaxPeriodDays,
                           QStringLiteral("guaranteeDays"));
    m_weeklyCheckIn = new QCheckBox(tr("&Weekly job-search check-in"), this);
    m_weeklyCheckIn->setObjectName(QStringLiteral("weeklyCheckIn"));
    m_weeklyCheckIn->setChecked(c.guarantee.weeklyCheckIn);
    m_minApplications =
        spin(c.guarantee.minApplicationsPerWeek, 0, GuaranteeTerms::MaxApplicationsPerWeek,
             QStringLiteral("minApplications"));
    m_minApplications->setSpecialValueText(tr("no minimum"));

    m_schedule = new QTableWidget(0, 2, this);
    m_schedule->setObjectName(QStringLiteral("refundSchedule"));
    m_schedule->setAccessibleName(tr("Refund schedule"));
    m_schedule->setHorizontalHeaderLabels({tr("From day"), tr("Refund %")});
    m_schedule->horizontalHeader()->setStretchLastSection(true);
    m_schedule->verticalHeader()->hide();
    if (m_original) {
        if (const auto steps = CatalogService(m_connection, m_actor).refundSchedule(m_original->id))
            for (const RefundStep &step : steps.value())
                addStep(step);
    }
    auto *addRow = new QPushButton(tr("Add a step"), this);
    auto *removeRow = new QPushButton(tr("Remove the step"), this);
    connect(addRow, &QPushButton::clicked, this, [this] { addStep(RefundStep{30, 50}); });
    connect(removeRow, &QPushButton::clicked, this,
            [this] { m_schedule->removeRow(m_schedule->currentRow()); });

    auto *form = new QFormLayout;
    form->addRow(tr("Career t&rack"), m_track);
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("&Starts (orientation)"), m_starts);
    form->addRow(tr("&Ends"), m_ends);
    auto *opening = new QHBoxLayout;
    opening->addWidget(m_opensByItself);
    opening->addWidget(m_opensOn, 1);
    form->addRow(tr("Applications"), opening);
    form->addRow(tr("Sea&ts"), m_capacity);
    form->addRow(tr("Offer &holds a seat for (days)"), m_holdDays);
    form->addRow(tr("&Money back within (days)"), m_refundWindow);
    form->addRow(tr("St&ate"), m_state);
    form->addRow(tr("&Price of a seat"), m_price);
    form->addRow(tr("&Deposit to enrol"), m_deposit);
    form->addRow(tr("&Currency"), m_currency);
    form->addRow(tr("&Job guarantee (days of job search)"), m_guaranteeDays);
    form->addRow(tr("To stay eligible"), m_weeklyCheckIn);
    form->addRow(tr("Job applications a wee&k, at least"), m_minApplications);
    auto *stepButtons = new QHBoxLayout;
    stepButtons->addWidget(addRow);
    stepButtons->addWidget(removeRow);
    stepButtons->addStretch(1);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    ProblemStyle::markMessage(m_problems);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CohortDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Refund after the money-back window, from a day of the "
                                    "program on:"),
                                 this));
    layout->addWidget(m_schedule);
    layout->addLayout(stepButtons);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    TitleWidth::fit(this);
}

void CohortDialog::addStep(const RefundStep &step)
{
    const int row = m_schedule->rowCount();
    m_schedule->insertRow(row);
    m_schedule->setItem(row, 0, new QTableWidgetItem(QString::number(step.fromDay)));
    m_schedule->setItem(row, 1, new QTableWidgetItem(QString::number(step.refundPercent)));
}

Cohort CohortDialog::entered() const
{
    Cohort c = m_original.value_or(Cohort());
    c.trackId = m_track->currentData().toLongLong();
    c.name = m_name->text();
    c.startsOn = m_starts->date();
    c.endsOn = m_ends->date();
    c.applicationsOpenOn = m_opensByItself->isChecked() ? m_opensOn->date() : QDate();
    c.capacity = m_capacity->value();
    c.offerHoldDays = m_holdDays->value();
    c.refundWindowDays = m_refundWindow->value();
    c.state = m_state->currentData().toString();
    c.guarantee.periodDays = m_guaranteeDays->value();
    c.guarantee.weeklyCheckIn = m_weeklyCheckIn->isChecked();
    c.guarantee.minApplicationsPerWeek = m_minApplications->value();
    return c;
}

// A cell that is not a whole number becomes -1, which validation refuses with its row's day.
QList<RefundStep> CohortDialog::schedule() const
{
    QList<RefundStep> steps;
    for (int row = 0; row < m_schedule->rowCount(); ++row) {
        const auto number = [this, row](int column) {
            bool ok = false;
            const QTableWidgetItem *item = m_schedule->item(row, column);
            const int value = item ? item->text().trimmed().toInt(&ok) : 0;
            return ok ? value : -1;
        };
        steps << RefundStep{number(0), number(1)};
    }
    return steps;
}

CohortFees CohortDialog::enteredFees() const
{
    CohortFees fees;
    fees.currency = m_currency->text().trimmed().toUpper();
    fees.priceCents = std::llround(m_price->value() * 100);
    fees.depositCents = std::llround(m_deposit->value() * 100);
    return fees;
}

void CohortDialog::accept()
{
    // The fees are checked first: the cohort is saved only with fees that will be.
    CohortFees fees = enteredFees();
    const bool setsFees = m_hadFees || fees.priceCents > 0;
    if (const FieldErrors errors = PaymentService::validate(fees); setsFees && !errors.isEmpty()) {
        m_problems->setText(errors.first().message);
        return;
    }
    CatalogService catalog(m_connection, m_actor);
    if (!m_original) {
        const auto id = catalog.addCohort(entered(), schedule());
        if (!id) {
            m_problems->setText(id.error().text());
            return;
        }
        // Saved: Save again (after a refusal of the fees below) edits it.
        m_original = entered();
        m_original->id = id.value();
    } else {
        const auto offers = catalog.updateCohort(entered(), schedule());
        if (!offers) {
            m_problems->setText(offers.error().text());
            return;
        }
        m_offersMade = int(offers->size());
    }
    if (setsFees) {
        fees.cohortId = m_original->id;
        if (Status set = PaymentService(m_connection, m_actor).setFees(fees); !set) {
            m_problems->setText(set.error().text());
            return;
        }
    }
    QDialog::accept();
}
