#include "checkindialog.h"

#include "domain/guaranteeterms.h"
#include "services/jobguaranteeservice.h"
#include "widgets/problemstyle.h"
#include "widgets/titlewidth.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

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
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    ProblemStyle::markMessage(m_problem);

    QString terms = tr("This cohort asks for no weekly check-in.");
    if (search.terms.weeklyCheckIn)
        terms = search.terms.minApplicationsPerWeek > 0
                    ? tr("This cohort asks for a check-in every week, with job applications "
                         "sent that week: at least %1.")
                          .arg(search.terms.minApplicationsPerWeek)
                    : tr("This cohort asks for a check-in every week.");
    auto *intro = new QLabel(terms, this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("Job &applications sent this week"), m_applications);
    form->addRow(tr("&Day"), m_day);
    form->addRow(tr("&What they said"), m_summary);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Log Check-in"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 55);
    TitleWidth::fit(this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CheckInDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
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
