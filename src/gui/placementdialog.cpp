#include "placementdialog.h"

#include "services/jobguaranteeservice.h"
#include "widgets/fieldmessages.h"
#include "widgets/problemstyle.h"
#include "widgets/titlewidth.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PlacementDialog::PlacementDialog(QString connectionName, Actor actor, qint64 applicationId,
                                 QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_applicationId(applicationId), m_outcome(new QComboBox(this)),
      m_employer(new QLineEdit(this)), m_jobTitle(new QLineEdit(this)),
      m_startsOn(new QDateEdit(QDate::currentDate(), this)), m_salary(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    setWindowTitle(tr("Placed: Application %1").arg(applicationId));
    // Object names are the fields' machine names: core's problems find their field by them.
    m_outcome->setObjectName(QStringLiteral("outcome"));
    m_outcome->addItem(tr("Choose the outcome"));
    for (PlacementOutcome outcome : Placement::outcomes())
        m_outcome->addItem(Placement::displayName(outcome), int(outcome));
    m_employer->setObjectName(QStringLiteral("employer"));
    m_jobTitle->setObjectName(QStringLiteral("job_title"));
    m_startsOn->setObjectName(QStringLiteral("starts_on"));
    m_startsOn->setCalendarPopup(true);
    m_salary->setObjectName(QStringLiteral("salary"));
    m_salary->setPlaceholderText(tr("Optional: a year, a whole number"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    ProblemStyle::markMessage(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(tr("E&mployer"), m_employer);
    form->addRow(tr("&Job title"), m_jobTitle);
    form->addRow(tr("&First day of work"), m_startsOn);
    form->addRow(tr("Annual &salary"), m_salary);
    m_fieldMessages = new FieldMessages(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_record = buttons->button(QDialogButtonBox::Ok);
    m_record->setText(tr("&Record Placement"));
    auto *intro = new QLabel(tr("The job guarantee counts a graduate as placed with these facts "
                                "of the job."),
                             this);
    intro->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    // Wide enough that a message under a field takes one line.
    setMinimumWidth(fontMetrics().averageCharWidth() * 72);
    TitleWidth::fit(this);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, &PlacementDialog::check);
    for (QLineEdit *edit : {m_employer, m_jobTitle, m_salary})
        connect(edit, &QLineEdit::textChanged, this, &PlacementDialog::check);
    connect(m_startsOn, &QDateEdit::dateChanged, this, &PlacementDialog::check);
    connect(buttons, &QDialogButtonBox::accepted, this, &PlacementDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    check();
}

Placement PlacementDialog::placement(FieldErrors *errors) const
{
    Placement facts;
    if (const QVariant outcome = m_outcome->currentData(); outcome.isValid())
        facts.outcome = PlacementOutcome(outcome.toInt());
    facts.employer = m_employer->text();
    facts.jobTitle = m_jobTitle->text();
    facts.startsOn = m_startsOn->date();
    const QString salary = m_salary->text().trimmed();
    bool ok = true;
    if (!salary.isEmpty())
        facts.salary = salary.toLongLong(&ok);
    *errors = facts.problems();
    if (!ok)
        *errors << FieldError{QStringLiteral("salary"),
                              tr("A whole number, such as 52000, or empty.")};
    return facts;
}

void PlacementDialog::check()
{
    FieldErrors errors;
    placement(&errors);
    // The outcome not yet chosen is said like an empty field: only once Record is pressed.
    FieldErrors shown;
    for (const FieldError &error : std::as_const(errors)) {
        if (error.field != QLatin1String("outcome"))
            shown << error;
    }
    m_fieldMessages->showTyped(shown);
    m_problem->clear();
    m_record->setEnabled(errors.isEmpty());
}

void PlacementDialog::accept()
{
    FieldErrors errors;
    const Placement facts = placement(&errors);
    if (!errors.isEmpty()) {
        m_fieldMessages->showTyped(errors);
        return;
    }
    const auto placed =
        JobGuaranteeService(m_connection, m_actor).recordPlacement(m_applicationId, facts);
    if (!placed) {
        m_problem->setText(placed.error().text());
        return;
    }
    m_events = placed.value();
    QDialog::accept();
}
