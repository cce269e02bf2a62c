#include "interviewdialog.h"

#include "services/interviewservice.h"
#include "widgets/clocktime.h"
#include "widgets/titlewidth.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
// The next working day at ten, local time: a time an interview is often held.
QDateTime nextWorkingMorning()
{
    QDate day = QDate::currentDate().addDays(1);
    while (day.dayOfWeek() > 5)
        day = day.addDays(1);
    return QDateTime(day, QTime(10, 0));
}
} // namespace

InterviewDialog::InterviewDialog(QString connectionName, Actor actor, qint64 applicationId,
                                 std::optional<Interview> scheduled, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_applicationId(applicationId), m_scheduled(std::move(scheduled)),
      m_startsAt(new QDateTimeEdit(this)), m_minutes(new QSpinBox(this)),
      m_interviewer(new QComboBox(this)), m_problem(new QLabel(this))
{
    setWindowTitle(m_scheduled ? tr("Move Interview: Application %1").arg(applicationId)
                               : tr("Schedule Interview: Application %1").arg(applicationId));
    m_startsAt->setObjectName(QStringLiteral("startsAt"));
    m_startsAt->setCalendarPopup(true);
    // The local time, in the person's locale (with the whole year); stored in UTC by core.
    QString dateFormat = QLocale().dateFormat(QLocale::ShortFormat);
    if (!dateFormat.contains(QLatin1String("yyyy")))
        dateFormat.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    m_startsAt->setDisplayFormat(dateFormat + QLatin1Char(' ') + ClockTime::shortFormat());
    m_startsAt->setMinimumDateTime(QDateTime::currentDateTime());
    m_startsAt->setDateTime(m_scheduled ? m_scheduled->startsAt.toLocalTime()
                                        : nextWorkingMorning());
    m_minutes->setObjectName(QStringLiteral("minutes"));
    m_minutes->setRange(Interview::MinMinutes, Interview::MaxMinutes);
    m_minutes->setSingleStep(15);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(m_scheduled ? m_scheduled->durationMinutes : Interview::DefaultMinutes);
    m_interviewer->setObjectName(QStringLiteral("interviewer"));
    InterviewService service(m_connection, m_actor);
    if (const auto staff = service.interviewers(); staff) {
        for (const StaffUser &user : staff.value()) {
            const QString name =
                user.displayName.trimmed().isEmpty() || user.displayName == user.username
                    ? user.username
                    : tr("%1 (%2)").arg(user.displayName, user.username);
            m_interviewer->addItem(name, user.id);
        }
    }
    const qint64 chosen = m_scheduled ? m_scheduled->interviewerId : m_actor.userId;
    if (const int at = m_interviewer->findData(chosen); at >= 0)
        m_interviewer->setCurrentIndex(at);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #c0392b;"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Date and time"), m_startsAt);
    form->addRow(tr("&Length"), m_minutes);
    form->addRow(tr("&Interviewer"), m_interviewer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(m_scheduled ? tr("&Move") : tr("&Schedule"));
    m_ok->setEnabled(m_interviewer->count() > 0);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    TitleWidth::fit(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &InterviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void InterviewDialog::accept()
{
    InterviewService::Plan plan;
    plan.startsAt = m_startsAt->dateTime().toUTC();
    plan.durationMinutes = m_minutes->value();
    plan.interviewerId = m_interviewer->currentData().toLongLong();
    InterviewService service(m_connection, m_actor);
    if (m_scheduled) {
        const auto moved = service.reschedule(m_scheduled->id, plan);
        if (!moved) {
            m_problem->setText(moved.error().text());
            return;
        }
        m_done = moved.value();
    } else {
        const auto scheduled = service.schedule(m_applicationId, plan);
        if (!scheduled) {
            m_problem->setText(scheduled.error().text());
            return;
        }
        m_done = scheduled->interview;
    }
    QDialog::accept();
}
