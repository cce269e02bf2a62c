#include "newapplicationdialog.h"

#include "services/applicantservice.h"
#include "services/catalogservice.h"

#include "widgets/fieldmessages.h"
#include "widgets/problemstyle.h"
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
    ProblemStyle::markMessage(m_problems);
    m_fieldMessages = new FieldMessages(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Register"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewApplicationDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    m_useKnown = new QPushButton(this);
    m_useKnown->setObjectName(QStringLiteral("useKnownApplicant"));
    m_useKnown->setAutoDefault(false);
    m_useKnown->hide();
    layout->addWidget(m_useKnown, 0, Qt::AlignLeft);
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
    if (trackId == 0)
        return;
    const auto cohorts = CatalogService(m_connection, m_actor).cohortsOfTrack(trackId);
    if (!cohorts)
        return;
    for (const Cohort &cohort : cohorts.value()) {
        if (cohort.takesOffers())
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
    // A known person is taken as stored: only the track is still to choose.
    const FieldErrors errors = m_known ? FieldErrors() : ApplicantService::validate(typed());
    QStringList problems = m_fieldMessages->showTyped(errors);
    if (m_track->count() == 0)
        problems << tr("There is no career track yet: add one first.");
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(errors.isEmpty() && m_track->count() > 0);
}

void NewApplicationDialog::setKnownApplicant(const Applicant &known)
{
    m_known = known;
    setWindowTitle(tr("New Application for %1").arg(known.fullName()));
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        edit->setReadOnly(true); // the person as stored; the panel edits them
    m_firstName->setText(known.firstName);
    m_lastName->setText(known.lastName);
    m_email->setText(known.email);
    m_phone->setText(known.phone);
    m_country->setText(known.country);
    m_timeZone->setText(known.timeZone);
    m_source->setText(known.source);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add Application"));
    m_useKnown->hide();
    m_problems->clear();
    TitleWidth::fit(this);
    m_track->setFocus();
}

void NewApplicationDialog::accept()
{
    ApplicantService applicants(m_connection, m_actor);
    const QString track = m_track->currentData().toString();
    const QString cohort = m_cohort->currentData().toString();
    if (m_known) {
        const auto added = applicants.addApplication(m_known->id, track, cohort);
        if (!added) {
            m_problems->setText(added.error().text());
            return;
        }
        m_applicationId = added.value();
        QDialog::accept();
        return;
    }
    ApplicantService::NewApplication input;
    input.applicant = typed();
    input.trackCode = track;
    input.cohortName = cohort;
    const auto registered = applicants.registerApplication(input);
    if (!registered) {
        m_problems->setText(registered.error().text()); // stays open, nothing typed is lost
        offerKnownApplicant();
        return;
    }
    m_applicationId = registered->applicationId;
    QDialog::accept();
}

void NewApplicationDialog::offerKnownApplicant()
{
    // The person is known already (same email, or same phone): one click adds the application
    // to them, with the track and cohort chosen here.
    const auto known = ApplicantService(m_connection, m_actor).duplicatesOf(typed());
    if (!known || known->isEmpty())
        return;
    const Applicant person = known->first();
    m_useKnown->setText(tr("Add the Application to %1 (Applicant %2) Instead")
                            .arg(person.fullName())
                            .arg(person.id));
    disconnect(m_useKnown, &QPushButton::clicked, this, nullptr);
    connect(m_useKnown, &QPushButton::clicked, this, [this, person] { setKnownApplicant(person); });
    m_useKnown->show();
}
