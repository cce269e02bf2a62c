#include "mentorcalldialog.h"

#include "services/desksettingsservice.h"
#include "services/mentorcallservice.h"
#include "services/mentorservice.h"
#include "widgets/logdialoglayout.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

MentorCallDialog::MentorCallDialog(QString connectionName, Actor actor, qint64 applicationId,
                                   qint64 mentorId, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_applicationId(applicationId), m_day(new QDateEdit(this)), m_mentor(new QComboBox(this)),
      m_note(new QLineEdit(this)), m_problem(new QLabel(this))
{
    setWindowTitle(tr("Mentor Call: Application %1").arg(applicationId));
    // The bootcamp's today, not this computer's: core dates the call by it.
    const auto today = DeskSettingsService::today(m_connection, Clock::system());
    const QDate last = today ? today.value() : QDate::currentDate();
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setCalendarPopup(true);
    m_day->setDateRange(QDate(2000, 1, 1), last);
    m_day->setDate(last);
    m_mentor->setObjectName(QStringLiteral("mentor"));
    if (const auto loads = MentorService(m_connection, Actor::desk()).loads(); loads) {
        for (const MentorLoad &load : loads.value()) {
            if (load.mentor.active || load.mentor.id == mentorId)
                m_mentor->addItem(load.mentor.name, load.mentor.id);
        }
    }
    m_mentor->setCurrentIndex(std::max(0, m_mentor->findData(mentorId)));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("Optional: what you talked about"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Day"), m_day);
    form->addRow(tr("&Mentor"), m_mentor);
    form->addRow(tr("&Note"), m_note);
    QDialogButtonBox *buttons = LogDialogLayout::lay(
        this,
        tr("Every student is promised a 1:1 call with their mentor every week (weeks begin on "
           "Monday)."),
        form, m_problem, tr("&Log Call"), 55);
    connect(buttons, &QDialogButtonBox::accepted, this, &MentorCallDialog::accept);
}

void MentorCallDialog::accept()
{
    const auto logged = MentorCallService(m_connection, m_actor)
                            .logCall(m_applicationId, m_day->date(),
                                     m_mentor->currentData().toLongLong(), m_note->text());
    if (!logged) {
        m_problem->setText(logged.error().text());
        return;
    }
    QDialog::accept();
}
