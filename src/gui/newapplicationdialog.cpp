#include "newapplicationdialog.h"

#include "services/applicantservice.h"
#include "services/catalogservice.h"

#include "widgets/titlewidth.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// A track's id beside its code (Qt::UserRole), for its cohorts.
constexpr int TrackIdRole = Qt::UserRole + 1;
} // namespace

NewApplicationDialog::NewApplicationDialog(QString connectionName, Actor actor, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor))
{
    setWindowTitle(tr("New Applicant"));
    // Each field is named as ApplicantService::validate names it.
    const auto line = [this](const QString &name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        connect(edit, &QLineEdit::textChanged, this, &NewApplicationDialog::validate);
        return edit;
    };
    m_firstName = line(QStringLiteral("first_name"));
    m_lastName = line(QStringLiteral("last_name"));
    m_email = line(QStringLiteral("email"));
    m_phone = line(QStringLiteral("phone"));
    m_country = line(QStringLiteral("country"));
    m_timeZone = line(QStringLiteral("time_zone"));
    m_timeZone->setPlaceholderText(tr("e.g. Europe/Berlin"));
    m_source = line(QStringLiteral("source"));
    m_track = new QComboBox(this);
    m_track->setObjectName(QStringLiteral("track"));
    m_cohort = new QComboBox(this);
    m_cohort->setObjectName(QStringLiteral("cohort"));
    if (const auto tracks = CatalogService(m_connection, m_actor).tracks()) {
        for (const Track &track : tracks.value()) {
            if (!track.active)
                continue;
            m_track->addItem(tr("%1 – %2").arg(track.code, track.name), track.code);
            m_track->setItemData(m_track->count() - 1, track.id, TrackIdRole);
        }
    }
    connect(m_track, &QComboBox::currentIndexChanged, this, &NewApplicationDialog::fillCohorts);
    fillCohorts();

    auto *form = new QFormLayout;
    form->addRow(tr("&First name"), m_firstName);
    form->addRow(tr("&Last name"), m_lastName);
    form->addRow(tr("E&mail"), m_email);
    form->addRow(tr("&Phone"), m_phone);
    form->addRow(tr("Career &track"), m_track);
    form->addRow(tr("C&ohort"), m_cohort);
    form->addRow(tr("Cou&ntry"), m_country);
    form->addRow(tr("T&ime zone"), m_timeZone);
    form->addRow(tr("&Source"), m_source);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewApplicationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    TitleWidth::fit(this);
    validate();
}

void NewApplicationDialog::fillCohorts()
{
    m_cohort->clear();
    m_cohort->addItem(tr("Not yet"), QString());
    const qint64 trackId = m_track->currentData(TrackIdRole).toLongLong();
    const auto cohorts = CatalogService(m_connection, m_actor).cohorts();
    if (trackId == 0 || !cohorts)
        return;
    for (const Cohort &cohort : cohorts.value()) {
        if (cohort.trackId == trackId && cohort.takesOffers())
            m_cohort->addItem(cohort.name, cohort.name);
    }
}

Applicant NewApplicationDialog::typed() const
{
    Applicant a;
    a.firstName = m_firstName->text();
    a.lastName = m_lastName->text();
    a.email = m_email->text();
    a.phone = m_phone->text();
    a.country = m_country->text();
    a.timeZone = m_timeZone->text();
    a.source = m_source->text();
    return a;
}

void NewApplicationDialog::validate()
{
    const Applicant a = typed();
    QStringList problems;
    // Only the fields touched so far: an empty form is not a list of errors.
    for (const FieldError &error : ApplicantService::validate(a)) {
        const auto *edit = findChild<QLineEdit *>(error.field);
        if (edit && !edit->text().isEmpty())
            problems << error.message;
    }
    if (m_track->count() == 0)
        problems << tr("There is no career track yet: add one first.");
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(ApplicantService::validate(a).isEmpty() && m_track->count() > 0);
}

void NewApplicationDialog::accept()
{
    ApplicantService::NewApplication input;
    input.applicant = typed();
    input.trackCode = m_track->currentData().toString();
    input.cohortName = m_cohort->currentData().toString();
    const auto registered = ApplicantService(m_connection, m_actor).registerApplication(input);
    if (!registered) {
        m_problems->setText(registered.error().text()); // stays open, nothing typed is lost
        return;
    }
    m_applicationId = registered->applicationId;
    QDialog::accept();
}
