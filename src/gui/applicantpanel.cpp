#include "applicantpanel.h"
#include "ui_applicantpanel.h"
#include "widgets/elidedlabel.h"
#include "widgets/fieldmessages.h"

#include "applicanthistory.h"
#include "checkindialog.h"
#include "editconflictdialog.h"
#include "interviewdialog.h"
#include "offernoticebar.h"
#include "mentortab.h"
#include "paymentstab.h"
#include "waitlisttab.h"
#include "widgets/clocktime.h"

#include "domain/paymenttext.h"
#include "domain/permissions.h"
#include "services/applicantservice.h"
#include "services/applicationservice.h"
#include "services/catalogservice.h"
#include "services/interviewservice.h"
#include "services/jobguaranteeservice.h"
#include "services/paymentservice.h"
#include "services/statusservice.h"
#include "services/waitlistplace.h"
#include "widgets/problemstyle.h"

#include <QAction>
#include <QBoxLayout>
#include <QDesktopServices>
#include <QHash>
#include <QLocale>
#include <QMessageBox>
#include <QScrollBar>
#include <QStyle>
#include <QTabBar>
#include <QTime>
#include <QUrl>

namespace {
QString when(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

ApplicantPanel::ApplicantPanel(QString connectionName, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ApplicantPanel>()),
      m_connection(std::move(connectionName))
{
    m_ui->setupUi(this);
    // Tab goes to the fields inside; QScrollArea::setWidget() made the area itself focusable.
    m_ui->detailsScroll->setFocusPolicy(Qt::NoFocus);
    // A field in error gets a red frame and its message under it.
    m_fieldMessages = new FieldMessages(m_ui->form);
    ProblemStyle::markMessage(m_ui->problems);
    // Above Save: which fields are not saved yet, and once saved, that they were.
    m_saveState = new ElidedLabel({}, this);
    m_saveState->setObjectName(QStringLiteral("saveState"));
    auto *tab = qobject_cast<QBoxLayout *>(m_ui->buttons->parent());
    tab->insertWidget(tab->indexOf(m_ui->buttons), m_saveState);
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        connect(edit, &QLineEdit::textEdited, this, &ApplicantPanel::onEdited);
    }
    // Email opens the mail client, web addresses the browser.
    const auto linkTo = [this](QLineEdit *edit, const QString &tip, auto toUrl) {
        QAction *open = edit->addAction(style()->standardIcon(QStyle::SP_ArrowForward),
                                        QLineEdit::TrailingPosition);
        open->setToolTip(tip);
        connect(open, &QAction::triggered, this, [edit, toUrl] {
            const QUrl url = toUrl(edit->text().trimmed());
            if (url.isValid() && !edit->text().trimmed().isEmpty())
                QDesktopServices::openUrl(url);
        });
    };
    linkTo(m_ui->email, tr("Write an email"),
           [](const QString &text) { return QUrl(QStringLiteral("mailto:") + text); });
    for (QLineEdit *web : {m_ui->linkedinUrl, m_ui->githubUrl, m_ui->portfolioUrl})
        linkTo(web, tr("Open in the browser"),
               [](const QString &text) { return QUrl(text, QUrl::StrictMode); });
    connect(m_ui->email, &QLineEdit::editingFinished, this, &ApplicantPanel::checkDuplicates);
    connect(m_ui->phone, &QLineEdit::editingFinished, this, &ApplicantPanel::checkDuplicates);
    connect(m_ui->notes, &QPlainTextEdit::textChanged, this, &ApplicantPanel::onEdited);
    connect(m_ui->consent, &QCheckBox::toggled, this, &ApplicantPanel::onEdited);
    connect(m_ui->save, &QPushButton::clicked, this, [this] {
        if (const Status done = save(); !done)
            QMessageBox::warning(this, tr("Not saved"), done.error().text());
    });
    connect(m_ui->revert, &QPushButton::clicked, this, &ApplicantPanel::revert);
    for (auto kind : {Activity::Kind::Call, Activity::Kind::Email, Activity::Kind::Meeting,
                      Activity::Kind::Interview, Activity::Kind::Note})
        m_ui->activityKind->addItem(Activity::displayName(kind), int(kind));
    const auto scoreOnlyForInterviews = [this] {
        const bool interview =
            Activity::Kind(m_ui->activityKind->currentData().toInt()) == Activity::Kind::Interview;
        m_ui->rubricScore->setEnabled(interview);
        if (!interview)
            m_ui->rubricScore->setValue(m_ui->rubricScore->minimum());
    };
    // The rubric's scale shows in the field itself: "Rubric 80 of 100", "Rubric: none (0–100)".
    m_ui->rubricScore->setSpecialValueText(tr("Rubric: none (0–100)"));
    // When it happened: today unless changed, never a day to come; an interview's is when it
    // was held.
    m_ui->activityDate->setDate(QDate::currentDate());
    m_ui->activityDate->setMaximumDate(QDate::currentDate());
    const auto dateLabel = [this] {
        const bool interview =
            Activity::Kind(m_ui->activityKind->currentData().toInt()) == Activity::Kind::Interview;
        m_ui->activityDateLabel->setText(interview ? tr("Held on") : tr("Date"));
    };
    connect(m_ui->activityKind, &QComboBox::currentIndexChanged, this, dateLabel);
    dateLabel();
    connect(m_ui->activityKind, &QComboBox::currentIndexChanged, this, scoreOnlyForInterviews);
    scoreOnlyForInterviews();
    connect(m_ui->addActivity, &QPushButton::clicked, this, &ApplicantPanel::addActivity);
    connect(m_ui->activitySummary, &QLineEdit::returnPressed, this, &ApplicantPanel::addActivity);
    connect(m_ui->setScore, &QPushButton::clicked, this, [this] {
        if (const Status done = saveScore(); !done)
            QMessageBox::warning(this, tr("Score not set"), done.error().text());
    });
    connect(m_ui->scheduleInterview, &QPushButton::clicked, this,
            &ApplicantPanel::scheduleInterview);
    connect(m_ui->cancelInterview, &QPushButton::clicked, this, &ApplicantPanel::cancelInterview);
    m_payments = new PaymentsTab(m_connection, this);
    m_payments->setObjectName(QStringLiteral("paymentsTab"));
    m_ui->sections->insertTab(m_ui->sections->indexOf(m_ui->historyTab), m_payments,
                              tr("Payments"));
    connect(m_payments, &PaymentsTab::changed, this, &ApplicantPanel::refresh);
    m_offer = new OfferNoticeBar(m_connection, this);
    m_offer->setObjectName(QStringLiteral("offerNoticeBar"));
    m_ui->panelLayout->insertWidget(m_ui->panelLayout->indexOf(m_ui->refundClock) + 1, m_offer);
    connect(m_offer, &OfferNoticeBar::changed, this, &ApplicantPanel::refresh);
    m_mentor = new MentorTab(m_connection, this);
    m_mentor->setObjectName(QStringLiteral("mentorTab"));
    m_ui->sections->insertTab(m_ui->sections->indexOf(m_ui->historyTab), m_mentor, tr("Mentor"));
    connect(m_mentor, &MentorTab::changed, this, &ApplicantPanel::refresh);
    connect(m_mentor, &MentorTab::mentorWanted, this, &ApplicantPanel::mentorWanted);
    m_waitlist = new WaitlistTab(this);
    m_waitlist->setObjectName(QStringLiteral("waitlistTab"));
    m_ui->sections->insertTab(m_ui->sections->indexOf(m_ui->historyTab), m_waitlist,
                              tr("Waitlist"));
    connect(m_ui->logCheckIn, &QPushButton::clicked, this, &ApplicantPanel::logCheckIn);
    QFont bold = m_ui->upcomingInterview->font();
    bold.setBold(true);
    m_ui->upcomingInterview->setFont(bold);
    display(std::nullopt);
}

ApplicantPanel::~ApplicantPanel() = default;

// In a short window the details scroll, and Save and Revert stay in sight below them. Across, the
// fields keep the width they need (a horizontal scroll bar only for a long unbroken word in a
// message), measured once they are shown and polished; no text shown later widens the panel, and
// with it the window.
void ApplicantPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_ui->detailsScroll->setMinimumWidth(
        m_ui->form->minimumSize().width() +
        m_ui->detailsScroll->verticalScrollBar()->sizeHint().width());
    // Every tab's label in sight, the Waitlist tab's too (shown for a waitlisted application
    // only): a tab behind the tab bar's scroll buttons is a tab nobody finds. Measured with all
    // of them shown, so that the panel does not widen when the Waitlist tab appears.
    QTabBar *tabs = m_ui->sections->tabBar();
    tabs->setUsesScrollButtons(false);
    tabs->setElideMode(Qt::ElideNone);
    QList<bool> visible;
    for (int i = 0; i < tabs->count(); ++i) {
        visible << tabs->isTabVisible(i);
        tabs->setTabVisible(i, true);
    }
    const int allTabs = tabs->sizeHint().width();
    for (int i = 0; i < tabs->count(); ++i)
        tabs->setTabVisible(i, visible.at(i));
    m_ui->sections->setMinimumWidth(allTabs + 4 * m_ui->sections->style()->pixelMetric(
                                                  QStyle::PM_DefaultFrameWidth, nullptr, this));
}

void ApplicantPanel::setActor(const Actor &actor, StaffRole role)
{
    const bool mayEdit = Permissions::allows(role, Action::EditApplicants);
    m_actor = mayEdit ? std::optional<Actor>(actor) : std::nullopt;
    m_mayEdit = mayEdit;
    m_mayChangeStatus = Permissions::allows(role, Action::ChangeStatus);
    m_statusActor = m_mayChangeStatus ? std::optional<Actor>(actor) : std::nullopt;
    m_payments->setActor(actor, role);
    m_offer->setActor(actor, role);
    m_mentor->setActor(actor, role);
    setEditable(editable());
    onEdited();
    showAssessment();
}

void ApplicantPanel::clearActor()
{
    m_actor.reset();
    m_statusActor.reset();
    m_mayEdit = true;
    m_mayChangeStatus = true;
    m_payments->setActor(std::nullopt, StaffRole::ReadOnly);
    m_offer->setActor(std::nullopt, StaffRole::ReadOnly);
    m_mentor->setActor(std::nullopt, StaffRole::ReadOnly);
    setEditable(editable());
    onEdited();
    showAssessment();
}

bool ApplicantPanel::editable() const
{
    return m_mayEdit && !(m_original && m_original->isErased());
}

void ApplicantPanel::setEditable(bool editable)
{
    for (QLineEdit *edit : m_ui->sections->findChildren<QLineEdit *>())
        edit->setReadOnly(!editable);
    m_ui->notes->setReadOnly(!editable);
    m_ui->consent->setAttribute(Qt::WA_TransparentForMouseEvents, !editable);
    m_ui->consent->setFocusPolicy(editable ? Qt::StrongFocus : Qt::NoFocus);
    for (QWidget *control :
         {static_cast<QWidget *>(m_ui->save), static_cast<QWidget *>(m_ui->revert),
          static_cast<QWidget *>(m_ui->activityKind), static_cast<QWidget *>(m_ui->rubricScore),
          static_cast<QWidget *>(m_ui->activitySummary), static_cast<QWidget *>(m_ui->addActivity),
          static_cast<QWidget *>(m_ui->activityDate),
          static_cast<QWidget *>(m_ui->activityDateLabel)})
        control->setVisible(editable);
}

bool ApplicantPanel::hasUnsavedEdits() const
{
    if (!m_original)
        return false;
    return !editedFields(*m_original, edited()).isEmpty();
}

bool ApplicantPanel::settleEdits()
{
    if (!hasUnsavedEdits())
        return true;
    const auto choice = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("The changes to %1 are not saved yet.").arg(m_original->fullName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (choice == QMessageBox::Cancel)
        return false;
    if (choice == QMessageBox::Discard) {
        revert();
        return true;
    }
    if (const Status done = save(); !done) {
        QMessageBox::warning(this, tr("Not saved"), done.error().text());
        return false;
    }
    return true;
}

bool ApplicantPanel::showApplication(qint64 applicationId)
{
    if (applicationId == m_applicationId)
        return true;
    if (!settleEdits())
        return false;
    m_applicationId = applicationId;
    display(readShown());
    showHistory();
    showActivities();
    return true;
}

void ApplicantPanel::refresh()
{
    if (m_applicationId == 0)
        return;
    const std::optional<Applicant> base = m_base;
    const Applicant mine = edited();
    const QStringList edits = base ? editedFields(*base, mine) : QStringList();
    const std::optional<Applicant> stored = readShown();
    display(stored);
    // Edits survive: each field the person changed keeps their value, the others show what is
    // stored now. An erased person keeps none.
    if (stored && !stored->isErased() && !edits.isEmpty()) {
        m_base = base;
        m_loading = true;
        for (const QString &field : edits)
            showFieldValue(field, mine);
        m_loading = false;
        onEdited();
    }
    showHistory();
    showActivities();
}

std::optional<Applicant> ApplicantPanel::readShown()
{
    std::optional<Applicant> applicant;
    const Actor reader = Actor::desk();
    m_application.reset();
    m_interview.reset();
    m_guarantee.reset();
    if (const auto application =
            ApplicationService(m_connection, reader).application(m_applicationId);
        application && application.value()) {
        const Application &a = *application.value();
        m_application = a;
        if (const auto interview = InterviewService(m_connection, reader).scheduledFor(a.id);
            interview)
            m_interview = interview.value();
        if (const auto standing = JobGuaranteeService(m_connection, reader).standing(a.id);
            standing)
            m_guarantee = standing.value();
        if (const auto found = ApplicantService(m_connection, reader).applicant(a.applicantId);
            found)
            applicant = found.value();
        const CatalogService catalog(m_connection, reader);
        const auto track = catalog.track(a.trackId);
        const auto cohort = a.cohortId ? catalog.cohort(a.cohortId)
                                       : Result<std::optional<Cohort>>(std::optional<Cohort>());
        QStringList summary{
            tr("Application %1: %2").arg(a.id).arg(Statuses::displayName(a.status))};
        if (track && track.value())
            summary << track.value()->name;
        if (cohort && cohort.value())
            summary << cohort.value()->name;
        if (a.deferredToCohortId != 0) {
            const auto later = catalog.cohort(a.deferredToCohortId);
            if (later && later.value())
                summary << tr("deferred to %1").arg(later.value()->name);
        }
        summary << tr("applied %1").arg(when(a.appliedAt));
        m_ui->applicationSummary->setText(summary.join(QStringLiteral(" · ")));
    }
    m_payments->showApplication(m_application);
    m_offer->showApplication(m_application);
    m_mentor->showApplication(m_application);
    showRefundClock();
    showWaitlistPlace();
    return applicant;
}

void ApplicantPanel::showWaitlistPlace()
{
    std::optional<WaitlistPlace> place;
    if (m_application && m_application->status == ApplicationStatus::Waitlisted) {
        auto explained = WaitlistPlace::explain(m_connection, m_application->id);
        if (explained)
            place = explained.value();
    }
    if (place)
        m_waitlist->showPlace(*place);
    const int tab = m_ui->sections->indexOf(m_waitlist);
    if (!place && m_ui->sections->currentIndex() == tab)
        m_ui->sections->setCurrentWidget(m_ui->detailsTab);
    m_ui->sections->setTabVisible(tab, place.has_value());
}

void ApplicantPanel::showRefundClock()
{
    QString text;
    const bool active = m_application && m_application->status == ApplicationStatus::Active;
    const bool asked = m_application && m_application->status == ApplicationStatus::RefundRequested;
    if (active || asked) {
        const PaymentService payments(m_connection, Actor::desk());
        const auto quote = asked ? payments.requestedRefund(m_application->id)
                                 : payments.refundQuote(m_application->id, payments.today());
        if (!quote)
            text = quote.error().text();
        else if (asked)
            text = tr("Refund requested. %1.").arg(PaymentText::refundRequested(*quote));
        else
            text = PaymentText::refundToday(*quote) + QLatin1Char('.');
    }
    m_ui->refundClock->setText(text);
    m_ui->refundClock->setVisible(!text.isEmpty());
}

void ApplicantPanel::display(const std::optional<Applicant> &applicant)
{
    m_loading = true;
    if (!applicant || !m_original || applicant->id != m_original->id)
        m_saveStateIsSaved = false; // "Saved" was said of the one shown before
    m_original = applicant;
    m_base = applicant;
    const Applicant a = applicant.value_or(Applicant());
    m_ui->title->setText(applicant ? QStringLiteral("<h3>%1</h3>").arg(a.fullName().toHtmlEscaped())
                                   : tr("<h3>No application selected</h3>"));
    if (!applicant) {
        m_ui->applicationSummary->clear();
        m_payments->showApplication(std::nullopt);
        m_offer->showApplication(std::nullopt);
        m_mentor->showApplication(std::nullopt);
        showRefundClock();
        showWaitlistPlace();
    }
    for (const TextField &field : textFields())
        field.editor->setText(a.*field.member);
    m_ui->consent->setChecked(a.consent);
    m_ui->notes->setPlainText(a.notes);
    m_ui->duplicates->clear();
    if (a.isErased())
        m_ui->duplicates->setText(tr("Erased on %1 at a privacy request. Their applications keep "
                                     "their statuses, dates, track, cohort and source.")
                                      .arg(when(a.erasedAt)));
    m_ui->sections->setEnabled(applicant.has_value());
    setEditable(editable());
    m_loading = false;
    onEdited();
    showAssessment();
}

void ApplicantPanel::showAssessment()
{
    // Without an application there is nothing to score or interview: the rows leave.
    const bool shown = m_original.has_value() && m_application.has_value();
    const bool takesInterviews = shown && InterviewService::takesInterviews(m_application->status);
    m_ui->scoreLabel->setVisible(shown);
    m_ui->score->setVisible(shown);
    m_ui->score->setValue(shown && m_application->score ? *m_application->score
                                                        : m_ui->score->minimum());
    m_ui->score->setReadOnly(!m_mayChangeStatus);
    m_ui->setScore->setVisible(shown && m_mayChangeStatus);
    m_ui->setScore->setEnabled(m_statusActor.has_value());
    if (shown && m_interview) {
        const QDateTime local = m_interview->startsAt.toLocalTime();
        const QLocale locale;
        const QString date = locale.toString(local.date(), QLocale::LongFormat);
        const QString time = ClockTime::toString(local.time());
        m_ui->upcomingInterview->setText(
            m_interview->endsAt() < QDateTime::currentDateTimeUtc()
                ? tr("Interview %1 at %2 with %3: log it as held in Activities.")
                      .arg(date, time, m_interview->interviewerName)
                : tr("Upcoming interview: %1 at %2 (%3 min) with %4")
                      .arg(date, time, locale.toString(m_interview->durationMinutes),
                           m_interview->interviewerName));
    } else {
        // Said only while an interview is still to come in the application's life.
        m_ui->upcomingInterview->setText(takesInterviews ? tr("No interview scheduled.")
                                                         : QString());
    }
    m_ui->upcomingInterview->setVisible(!m_ui->upcomingInterview->text().isEmpty());
    m_ui->scheduleInterview->setText(m_interview ? tr("Move Interview…")
                                                 : tr("Schedule Interview…"));
    m_ui->scheduleInterview->setVisible(shown && m_mayChangeStatus);
    m_ui->scheduleInterview->setEnabled(m_statusActor.has_value() && takesInterviews &&
                                        !(m_original && m_original->isErased()));
    m_ui->cancelInterview->setVisible(shown && m_mayChangeStatus && m_interview.has_value());
    m_ui->cancelInterview->setEnabled(m_statusActor.has_value());
    showGuarantee();
}

void ApplicantPanel::showGuarantee()
{
    const bool shown = m_original.has_value() && m_guarantee.has_value();
    QStringList lines;
    if (shown) {
        const GuaranteeStanding &g = *m_guarantee;
        if (const QString search = g.searchText(); !search.isEmpty())
            lines << tr("Job search: %1").arg(search.toHtmlEscaped());
        if (const QString eligibility = g.eligibilityText(); !eligibility.isEmpty())
            lines << tr("Job guarantee: %1")
                         .arg(g.eligibility.isEligible()
                                  ? eligibility.toHtmlEscaped()
                                  : QStringLiteral("<b>%1</b>").arg(eligibility.toHtmlEscaped()));
        if (const QString placement = g.placementText(); !placement.isEmpty())
            lines << tr("Placement: %1").arg(placement.toHtmlEscaped());
    }
    m_ui->guarantee->setText(lines.join(QStringLiteral("<br>")));
    m_ui->guarantee->setVisible(!lines.isEmpty());
    const bool searching = shown && m_guarantee->search.status == ApplicationStatus::JobSearch;
    m_ui->logCheckIn->setVisible(searching && m_mayEdit);
    m_ui->logCheckIn->setEnabled(m_actor.has_value() && editable());
}

void ApplicantPanel::logCheckIn()
{
    if (!m_guarantee || !m_actor)
        return;
    CheckInDialog dialog(m_connection, *m_actor, m_guarantee->search, this);
    dialog.setObjectName(QStringLiteral("checkInDialog"));
    if (dialog.exec() == QDialog::Accepted)
        refresh(); // the activity, and the eligibility it makes
}

Status ApplicantPanel::saveScore()
{
    if (!m_application)
        return {};
    if (!m_statusActor)
        return Error{tr("Nothing can be changed while the file is being checked."), {}};
    const int value = m_ui->score->value();
    const std::optional<int> score =
        value < ApplicationService::MinScore ? std::nullopt : std::optional<int>(value);
    const Status done =
        ApplicationService(m_connection, *m_statusActor).setScore(m_application->id, score);
    refresh();
    if (done)
        Q_EMIT saved(m_application ? m_application->applicantId : 0);
    return done;
}

void ApplicantPanel::scheduleInterview()
{
    if (!m_application || !m_statusActor)
        return;
    InterviewDialog dialog(m_connection, *m_statusActor, m_application->id, m_interview, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    Q_EMIT saved(m_application ? m_application->applicantId : 0);
}

void ApplicantPanel::cancelInterview()
{
    if (!m_interview || !m_statusActor)
        return;
    const auto choice = QMessageBox::question(this, tr("Cancel Interview"),
                                              tr("Cancel the interview of application %1 on %2?")
                                                  .arg(m_interview->applicationId)
                                                  .arg(when(m_interview->startsAt)),
                                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (choice != QMessageBox::Yes)
        return;
    if (const Status done = InterviewService(m_connection, *m_statusActor).cancel(m_interview->id);
        !done)
        QMessageBox::warning(this, tr("Interview not cancelled"), done.error().text());
    refresh();
    if (m_application)
        Q_EMIT saved(m_application->applicantId);
}

void ApplicantPanel::showHistory()
{
    m_ui->history->clear();
    if (!m_original)
        return;
    const auto history = ApplicantService(m_connection, Actor::desk()).history(m_original->id);
    if (!history) {
        m_ui->history->addItem(tr("The history cannot be read: %1").arg(history.error().text()));
        return;
    }
    // A timeline, two lines a moment: what happened, then when, who and why.
    for (const ApplicantService::HistoryEntry &entry : history.value())
        m_ui->history->addItem(ApplicantHistory::headline(entry) + QLatin1Char('\n') +
                               ApplicantHistory::details(entry));
    m_ui->history->scrollToBottom();
}

void ApplicantPanel::showActivities()
{
    m_ui->activities->clear();
    if (!m_original)
        return;
    const auto activities =
        ApplicantService(m_connection, Actor::desk()).activities(m_original->id);
    if (!activities)
        return;
    for (const Activity &a : activities.value()) {
        QString what = Activity::displayName(a.kind);
        if (a.rubricScore)
            what += tr(" (rubric %1 of 100)").arg(*a.rubricScore);
        m_ui->activities->addItem(what + QStringLiteral(": ") + a.summary + QLatin1Char('\n') +
                                  when(a.at) + QStringLiteral(" · ") + a.byUsername);
    }
}

void ApplicantPanel::addActivity()
{
    if (!m_original || !m_actor)
        return;
    Activity activity;
    activity.applicantId = m_original->id;
    activity.applicationId = m_applicationId;
    activity.kind = Activity::Kind(m_ui->activityKind->currentData().toInt());
    activity.summary = m_ui->activitySummary->text();
    // Today is now; an earlier day is its noon, local time (core refuses a day to come).
    const QDate day = m_ui->activityDate->date();
    if (day.isValid() && day != QDate::currentDate())
        activity.at = QDateTime(day, QTime(12, 0)).toUTC();
    if (m_ui->rubricScore->isEnabled() && m_ui->rubricScore->value() >= 0)
        activity.rubricScore = m_ui->rubricScore->value();
    const auto added = ApplicantService(m_connection, *m_actor).addActivity(activity);
    if (!added) {
        QMessageBox::warning(this, tr("Activity not added"), added.error().text());
        return;
    }
    m_ui->activitySummary->clear();
    m_ui->activityDate->setMaximumDate(QDate::currentDate());
    m_ui->activityDate->setDate(QDate::currentDate());
    // An interview logged may have held the scheduled one and moved the application on.
    if (activity.kind == Activity::Kind::Interview && m_interview) {
        refresh();
        Q_EMIT saved(activity.applicantId);
        return;
    }
    showActivities();
    showHistory();
}

Applicant ApplicantPanel::edited() const
{
    Applicant a = m_original.value_or(Applicant());
    for (const TextField &field : textFields())
        a.*field.member = field.editor->text();
    a.consent = m_ui->consent->isChecked();
    a.notes = m_ui->notes->toPlainText();
    return a;
}

QList<ApplicantPanel::TextField> ApplicantPanel::textFields() const
{
    // Field names are the machine names of ApplicantService::validate.
    return {{"first_name", &Applicant::firstName, m_ui->firstName},
            {"last_name", &Applicant::lastName, m_ui->lastName},
            {"email", &Applicant::email, m_ui->email},
            {"phone", &Applicant::phone, m_ui->phone},
            {"country", &Applicant::country, m_ui->country},
            {"time_zone", &Applicant::timeZone, m_ui->timeZone},
            {"linkedin_url", &Applicant::linkedinUrl, m_ui->linkedinUrl},
            {"github_url", &Applicant::githubUrl, m_ui->githubUrl},
            {"portfolio_url", &Applicant::portfolioUrl, m_ui->portfolioUrl},
            {"source", &Applicant::source, m_ui->source}};
}

QStringList ApplicantPanel::editedFields(const Applicant &from, const Applicant &to) const
{
    QStringList fields;
    for (const TextField &field : textFields()) {
        if (from.*field.member != to.*field.member)
            fields << QString::fromLatin1(field.name);
    }
    if (from.consent != to.consent)
        fields << QStringLiteral("consent");
    if (from.notes != to.notes)
        fields << QStringLiteral("notes");
    return fields;
}

QString ApplicantPanel::fieldValue(const QString &name, const Applicant &applicant) const
{
    if (name == QLatin1String("consent"))
        return applicant.consent ? tr("yes") : tr("no");
    if (name == QLatin1String("notes"))
        return applicant.notes;
    for (const TextField &field : textFields()) {
        if (name == QLatin1String(field.name))
            return applicant.*field.member;
    }
    return {};
}

void ApplicantPanel::showFieldValue(const QString &name, const Applicant &from)
{
    if (name == QLatin1String("consent"))
        m_ui->consent->setChecked(from.consent);
    else if (name == QLatin1String("notes"))
        m_ui->notes->setPlainText(from.notes);
    else if (QLineEdit *editor = fieldEditor(name))
        editor->setText(fieldValue(name, from));
}

QString ApplicantPanel::fieldLabel(const QString &name) const
{
    const QWidget *editor = fieldWidget(name);
    for (const QLabel *label : findChildren<QLabel *>()) {
        if (label->buddy() == editor)
            return label->text().remove(QLatin1Char('&'));
    }
    return name;
}

QLineEdit *ApplicantPanel::fieldEditor(const QString &name) const
{
    for (const TextField &field : textFields()) {
        if (name == QLatin1String(field.name))
            return field.editor;
    }
    return nullptr;
}

QWidget *ApplicantPanel::fieldWidget(const QString &name) const
{
    if (name == QLatin1String("consent"))
        return m_ui->consent;
    if (name == QLatin1String("notes"))
        return m_ui->notes;
    return fieldEditor(name);
}

void ApplicantPanel::markUnsavedEdits()
{
    const QStringList edited =
        m_original && hasUnsavedEdits() ? editedFields(*m_original, this->edited()) : QStringList();
    QList<const QWidget *> editors;
    QStringList labels;
    for (const QString &field : edited) {
        editors << fieldWidget(field);
        labels << fieldLabel(field);
    }
    // The label of a field that differs from what is stored is bold.
    for (QLabel *label : findChildren<QLabel *>()) {
        if (!label->buddy() || label->font().bold() == editors.contains(label->buddy()))
            continue;
        QFont font = label->font();
        font.setBold(editors.contains(label->buddy()));
        label->setFont(font);
    }
    if (!labels.isEmpty()) {
        m_saveState->setText(tr("Not saved yet: %1.").arg(labels.join(QStringLiteral(", "))));
        m_saveStateIsSaved = false;
    } else if (!m_saveStateIsSaved) {
        m_saveState->clear();
    }
}

void ApplicantPanel::onEdited()
{
    if (m_loading)
        return;
    const bool erased = m_original && m_original->isErased();
    const FieldErrors errors =
        m_original && !erased ? ApplicantService::validate(edited()) : FieldErrors();
    m_fieldMessages->clear();
    QStringList elsewhere;
    for (const FieldError &error : errors) {
        if (!m_fieldMessages->show(fieldWidget(error.field), error.message))
            elsewhere << error.message;
    }
    m_ui->problems->setText(elsewhere.join(QLatin1Char('\n')));
    markUnsavedEdits();
    const bool dirty = hasUnsavedEdits();
    m_ui->save->setEnabled(dirty && errors.isEmpty() && m_actor.has_value());
    m_ui->revert->setEnabled(dirty);
    m_ui->addActivity->setEnabled(m_actor.has_value() && m_original.has_value());
}

void ApplicantPanel::checkDuplicates()
{
    if (!m_original || m_original->isErased())
        return;
    m_ui->duplicates->clear();
    const auto duplicates = ApplicantService(m_connection, Actor::desk()).duplicatesOf(edited());
    if (!duplicates || duplicates->isEmpty())
        return;
    QStringList known;
    for (const Applicant &other : duplicates.value())
        known << tr("applicant %1 (%2, %3)").arg(other.id).arg(other.fullName(), other.email);
    m_ui->duplicates->setText(
        tr("Same email or phone as %1.").arg(known.join(QStringLiteral("; "))));
}

Status ApplicantPanel::save()
{
    if (!m_original || !hasUnsavedEdits())
        return {};
    if (!m_actor)
        return Error{tr("Nothing can be changed while the file is being checked."), {}};
    Applicant applicant = edited();
    // Fields both the person and someone elsewhere changed since the edits began, to different
    // values: the person chooses, field by field.
    const QStringList theirs = editedFields(*m_base, *m_original);
    QList<EditConflictDialog::Conflict> conflicts;
    for (const QString &field : editedFields(*m_base, applicant)) {
        if (theirs.contains(field) &&
            fieldValue(field, applicant) != fieldValue(field, *m_original))
            conflicts << EditConflictDialog::Conflict{field, fieldLabel(field),
                                                      fieldValue(field, applicant),
                                                      fieldValue(field, *m_original)};
    }
    if (!conflicts.isEmpty()) {
        EditConflictDialog choose(conflicts, this);
        if (choose.exec() != QDialog::Accepted)
            return {}; // nothing saved; the edits stay
        // The chosen values show in the panel, and are what is saved.
        for (const QString &field : choose.keptFromElsewhere())
            showFieldValue(field, *m_original);
        applicant = edited();
    }
    // Saved over the row as it was last read: a save elsewhere since is refused by core.
    applicant.updatedAt = m_original->updatedAt;
    if (const Status done = ApplicantService(m_connection, *m_actor).updateApplicant(applicant);
        !done) {
        refresh(); // what is stored now, with the person's edits kept
        return done;
    }
    QStringList labels;
    for (const QString &field : editedFields(*m_original, applicant))
        labels << fieldLabel(field);
    display(readShown());
    m_saveState->setText(tr("Saved at %1: %2.")
                             .arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat),
                                  labels.join(QStringLiteral(", "))));
    m_saveStateIsSaved = true;
    showHistory();
    Q_EMIT saved(applicant.id);
    return {};
}

void ApplicantPanel::revert()
{
    display(m_original);
}
