#include "checkindialog.h"

#include "domain/guaranteeterms.h"
#include "services/jobguaranteeservice.h"
#include "widgets/logdialoglayout.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

CheckInDialog::CheckInDialog(QString connectionName, Actor actor, const JobSearch &search,
                             QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_applicationId(search.applicationId), m_applications(new QSpinBox(this)),
      m_day(new QDateEdit(QDate::currentDate(), this)), m_summary(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Job-Search Check-in: Application %1").arg(search.applicationId));
    m_applications->setObjectName(QStringLiteral("jobApplications"));
    m_applications->setRange(0, GuaranteeTerms::MaxApplicationsPerWeek);
    m_day->setObjectName(QStringLiteral("day"));
    m_day->setCalendarPopup(true);
    // A day of the search, up to today: core says so too.
    m_day->setDateRange(search.startedOn.isValid() ? search.startedOn : QDate(2000, 1, 1),
                        QDate::currentDate());
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setPlaceholderText(tr("Optional: interviews, offers, what they need"));
    QString terms = tr("This cohort asks for no weekly check-in.");
    if (search.terms.weeklyCheckIn)
        terms = search.terms.minApplicationsPerWeek > 0
                    ? tr("This cohort asks for a check-in every week, with job applications "
                         "sent that week: at least %1.")
                          .arg(search.terms.minApplicationsPerWeek)
                    : tr("This cohort asks for a check-in every week.");
    auto *form = new QFormLayout;
    form->addRow(tr("Job &applications sent this week"), m_applications);
    form->addRow(tr("&Day"), m_day);
    form->addRow(tr("&What they said"), m_summary);
    QDialogButtonBox *buttons =
        LogDialogLayout::lay(this, terms, form, m_problem, tr("&Log Check-in"), 55);
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckInDialog::accept);
}

void CheckInDialog::accept()
{
    const auto logged =
        JobGuaranteeService(m_connection, m_actor)
            .logCheckIn(m_applicationId, m_applications->value(), m_day->date(), m_summary->text());
    if (!logged) {
        m_problem->setText(logged.error().text());
        return;
    }
    QDialog::accept();
}
