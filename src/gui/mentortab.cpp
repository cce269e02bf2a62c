#include "mentortab.h"

#include "domain/permissions.h"
#include "mentorcalldialog.h"
#include "services/desksettingsservice.h"
#include "services/mentorcallservice.h"
#include "services/mentorservice.h"
#include "widgets/problemstyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

MentorTab::MentorTab(QString connectionName, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connectionName)), m_summary(new QLabel(this)),
      m_cadence(new QLabel(this)), m_calls(new QTreeWidget(this)),
      m_confirm(new QPushButton(tr("Con&firm Mentor"), this)),
      m_find(new QPushButton(tr("Find Men&tor…"), this)),
      m_log(new QPushButton(tr("Lo&g Mentor Call…"), this))
{
    m_summary->setObjectName(QStringLiteral("mentorSummary"));
    m_cadence->setObjectName(QStringLiteral("callCadence"));
    for (QLabel *label : {m_summary, m_cadence}) {
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_calls->setObjectName(QStringLiteral("mentorCalls"));
    m_calls->setRootIsDecorated(false);
    m_calls->setAccessibleName(tr("Mentor calls"));
    m_calls->setHeaderLabels({tr("Day"), tr("Mentor"), tr("Note")});
    m_calls->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_confirm->setObjectName(QStringLiteral("confirmMentor"));
    m_find->setObjectName(QStringLiteral("findMentor"));
    m_log->setObjectName(QStringLiteral("logMentorCall"));
    connect(m_confirm, &QPushButton::clicked, this, &MentorTab::confirmMentor);
    connect(m_find, &QPushButton::clicked, this, [this] {
        if (m_application)
            Q_EMIT mentorWanted(m_application->id);
    });
    connect(m_log, &QPushButton::clicked, this, &MentorTab::logCall);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_find);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_log);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_cadence);
    layout->addWidget(m_calls, 1);
    layout->addLayout(buttons);
    showApplication(std::nullopt);
}

void MentorTab::setActor(const std::optional<Actor> &actor, StaffRole role)
{
    m_actor = actor;
    m_mayAssign = actor && Permissions::allows(role, Action::ManageMentors);
    m_mayLog = actor && Permissions::allows(role, Action::EditApplicants);
    showApplication(m_application);
}

void MentorTab::showApplication(const std::optional<Application> &application)
{
    m_application = application;
    m_assignment.reset();
    m_calls->clear();
    m_cadence->clear();
    const bool student = m_application && Statuses::isStudent(m_application->status);
    m_find->setVisible(student && m_mayAssign);
    m_confirm->setVisible(false);
    m_log->setVisible(student && m_mayLog);
    if (!m_application) {
        m_summary->clear();
        return;
    }
    const Actor reader = m_actor.value_or(Actor::desk());
    const auto assignment = MentorService(m_connection, reader).assignment(m_application->id);
    const auto calendar = DeskSettingsService(m_connection, reader).calendar();
    const MentorCallService calls(m_connection, reader);
    const auto cadence = calls.menteeCadence(m_application->id);
    const auto logged = calls.calls(m_application->id);
    for (const Error *error :
         {assignment ? nullptr : &assignment.error(), calendar ? nullptr : &calendar.error(),
          cadence ? nullptr : &cadence.error(), logged ? nullptr : &logged.error()}) {
        if (error) {
            showError(error->text());
            return;
        }
    }
    ProblemStyle::markMessage(m_summary, false);
    m_assignment = assignment.value();
    QString mentor;
    if (m_assignment)
        mentor = tr("Mentor: %1").arg(m_assignment->describe(calendar.value()));
    else if (student)
        mentor = tr("Mentor: none: %1.").arg(MentorService::noFreeSlot());
    else
        mentor = tr("Only enrolled and active students have a mentor.");
    m_summary->setText(mentor);
    const bool proposed = m_assignment && m_assignment->state == MentorAssignment::State::Proposed;
    m_confirm->setVisible(student && m_mayAssign && proposed);
    if (cadence.value()) {
        m_cadence->setText(tr("Weekly calls: %1").arg(cadence.value()->describe()));
        ProblemStyle::markMessage(m_cadence, cadence.value()->behind);
    }
    m_cadence->setVisible(!m_cadence->text().isEmpty());
    const QLocale locale;
    for (const MentorCall &call : logged.value()) {
        auto *item = new QTreeWidgetItem(
            m_calls, {locale.toString(call.on, QLocale::ShortFormat), call.mentorName, call.note});
        item->setToolTip(2, tr("Logged by %1").arg(call.byUsername));
    }
}

void MentorTab::confirmMentor()
{
    if (!m_application || !m_actor)
        return;
    const qint64 id = m_application->id;
    if (const Status done = MentorService(m_connection, *m_actor).confirm(id); !done) {
        QMessageBox::warning(this, tr("Mentor Not Confirmed"), done.error().text());
        return;
    }
    showApplication(m_application);
    Q_EMIT changed(id);
}

void MentorTab::logCall()
{
    if (!m_application || !m_actor)
        return;
    const qint64 mentorId = m_assignment && m_assignment->isCurrent() ? m_assignment->mentorId : 0;
    MentorCallDialog dialog(m_connection, *m_actor, m_application->id, mentorId, this);
    dialog.setObjectName(QStringLiteral("mentorCallDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = m_application->id;
    showApplication(m_application);
    Q_EMIT changed(id);
}

void MentorTab::showError(const QString &text)
{
    m_summary->setText(text);
    ProblemStyle::markMessage(m_summary);
}
