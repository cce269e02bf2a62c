#include "setup/setupguide.h"

#include "domain/permissions.h"
#include "services/catalogservice.h"
#include "services/mentorservice.h"
#include "services/staffservice.h"
#include "widgets/problemstyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

SetUpGuide::SetUpGuide(QString connectionName, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connectionName)), m_steps(new QGridLayout),
      m_addTrack(new QPushButton(tr("Add a Career Trac&k…"), this)),
      m_addCohort(new QPushButton(tr("Add a C&ohort…"), this)),
      m_addMentor(new QPushButton(tr("Add a Men&tor…"), this)),
      m_manageStaff(new QPushButton(tr("Add Staff…"), this)),
      m_addApplicant(new QPushButton(tr("Ne&w Applicant…"), this)),
      m_import(new QPushButton(tr("&Import a CSV File…"), this))
{
    setObjectName(QStringLiteral("setUpGuide"));
    auto *title = new QLabel(tr("<h2>Welcome to Admissions Desk</h2>"), this);
    auto *intro = new QLabel(tr("This desk has no applications yet. Set it up in any order: "
                                "this page gives way to the list of applications when the "
                                "first one arrives."),
                             this);
    intro->setWordWrap(true);
    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    ProblemStyle::markMessage(m_problem);
    m_problem->hide();
    m_tracks = addStep(tr("Career tracks"),
                       tr("Every application and cohort belongs to a track, such as "
                          "SWE – Software Engineering."),
                       {m_addTrack});
    m_cohorts = addStep(tr("Cohorts"),
                        tr("A class of a track with its dates and seats. Seats are offered first "
                           "come, first served."),
                        {m_addCohort});
    m_mentors = addStep(tr("Mentors"),
                        tr("Every enrolled student gets a mentor of their track for weekly "
                           "calls."),
                        {m_addMentor});
    m_staff = addStep(tr("Staff"), tr("Who signs in to this desk, and with which role."),
                      {m_manageStaff});
    m_applicants =
        addStep(tr("Applicants"), tr("Register one by hand, or import the web form's export."),
                {m_addApplicant, m_import});

    connect(m_addTrack, &QPushButton::clicked, this, &SetUpGuide::trackWanted);
    connect(m_addCohort, &QPushButton::clicked, this, &SetUpGuide::cohortWanted);
    connect(m_addMentor, &QPushButton::clicked, this, &SetUpGuide::mentorWanted);
    connect(m_manageStaff, &QPushButton::clicked, this, &SetUpGuide::staffWanted);
    connect(m_addApplicant, &QPushButton::clicked, this, &SetUpGuide::applicantWanted);
    connect(m_import, &QPushButton::clicked, this, &SetUpGuide::importWanted);

    // A readable column in the middle of a wide window, scrolled on a short one.
    auto *column = new QWidget;
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 100);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(title);
    columnLayout->addWidget(intro);
    columnLayout->addWidget(m_problem);
    columnLayout->addSpacing(fontMetrics().height());
    columnLayout->addLayout(m_steps);
    columnLayout->addStretch(1);
    auto *centre = new QWidget;
    auto *centreLayout = new QHBoxLayout(centre);
    centreLayout->addStretch(1);
    centreLayout->addWidget(column, 4);
    centreLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the buttons inside
    scroll->setWidget(centre);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
    setRole(std::nullopt);
}

SetUpGuide::Step SetUpGuide::addStep(const QString &title, const QString &purpose,
                                     QList<QPushButton *> buttons)
{
    const int row = m_steps->rowCount();
    Step step{new QLabel(this), new QLabel(this)};
    auto *text = new QLabel(
        QStringLiteral("<b>%1</b><br>%2").arg(title.toHtmlEscaped(), purpose.toHtmlEscaped()),
        this);
    text->setWordWrap(true);
    step.mark->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    step.state->setForegroundRole(QPalette::PlaceholderText);
    auto *texts = new QVBoxLayout;
    texts->addWidget(text);
    texts->addWidget(step.state);
    auto *actions = new QHBoxLayout;
    for (QPushButton *button : buttons)
        actions->addWidget(button);
    actions->addStretch(1);
    m_steps->addWidget(step.mark, row, 0);
    m_steps->addLayout(texts, row, 1);
    m_steps->addLayout(actions, row, 2, Qt::AlignTop);
    m_steps->setColumnStretch(1, 1);
    m_steps->setVerticalSpacing(fontMetrics().height());
    return step;
}

void SetUpGuide::show(const Step &step, bool done, const QString &state)
{
    step.mark->setText(done ? QStringLiteral("✔") : QStringLiteral("○"));
    step.mark->setAccessibleName(done ? tr("Done") : tr("To do"));
    step.state->setText(state);
}

Status SetUpGuide::refresh()
{
    const CatalogService catalog(m_connection, Actor::desk());
    const auto tracks = catalog.tracks();
    if (!tracks)
        return tracks.error();
    const auto cohorts = catalog.cohorts();
    if (!cohorts)
        return cohorts.error();
    const auto mentors = MentorService(m_connection, Actor::desk()).loads();
    if (!mentors)
        return mentors.error();
    const auto staff = StaffService(m_connection, Actor::desk()).list();
    if (!staff)
        return staff.error();

    QStringList codes;
    for (const Track &track : tracks.value()) {
        if (track.active)
            codes << track.code;
    }
    const QLocale locale;
    show(m_tracks, !codes.isEmpty(),
         codes.isEmpty() ? tr("None yet: add the first.") : codes.join(QStringLiteral(", ")));
    const qint64 upcoming = std::count_if(cohorts->cbegin(), cohorts->cend(), [](const Cohort &c) {
        return c.takesOffers() && c.startsOn >= QDate::currentDate();
    });
    show(m_cohorts, !cohorts->isEmpty(),
         cohorts->isEmpty()
             ? tr("None yet.")
             : tr("Cohorts: %1, upcoming and open: %2")
                   .arg(locale.toString(cohorts->size()), locale.toString(upcoming)));
    show(m_mentors, !mentors->isEmpty(),
         mentors->isEmpty() ? tr("None yet.")
                            : tr("Mentors: %1").arg(locale.toString(mentors->size())));
    show(m_staff, staff->size() > 1, tr("Staff users: %1").arg(locale.toString(staff->size())));
    show(m_applicants, false, tr("None yet."));
    return {};
}

void SetUpGuide::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    const Status read = refresh();
    m_problem->setText(read ? QString() : read.error().text());
    m_problem->setVisible(!read);
}

void SetUpGuide::setRole(std::optional<StaffRole> role)
{
    const auto allow = [&role](QPushButton *button, Action action) {
        button->setEnabled(role && Permissions::allows(*role, action));
    };
    allow(m_addTrack, Action::ManageCatalog);
    allow(m_addCohort, Action::ManageCatalog);
    allow(m_addMentor, Action::ManageMentors);
    allow(m_manageStaff, Action::ManageStaff);
    allow(m_addApplicant, Action::RegisterApplications);
    allow(m_import, Action::ImportApplications);
}
