#include "setup/mentordialog.h"

#include "domain/validation.h"
#include "services/catalogservice.h"
#include "services/mentorservice.h"

#include "widgets/fieldmessages.h"
#include "widgets/problemstyle.h"
#include "widgets/titlewidth.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>
#include <QVBoxLayout>

namespace {
QSpinBox *numberBox(int value, int maximum, const QString &name, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, maximum);
    box->setValue(value);
    return box;
}
} // namespace

MentorDialog::MentorDialog(QString connectionName, Actor actor, std::optional<Mentor> mentor,
                           QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_original(std::move(mentor)), m_name(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_timeZone(new QComboBox(this)), m_tracks(new QListWidget(this)),
      m_active(new QCheckBox(tr("Takes new &students"), this)), m_problems(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(m_original ? tr("Edit Mentor") : tr("New Mentor"));
    Mentor m = m_original.value_or(Mentor());
    if (!m_original) {
        m.maxActiveMentees = 8;
        m.weeklySlots = 8;
        // This desk's zone, when Qt knows it by an IANA name ("Etc/UTC" it may not).
        const QString here = QString::fromUtf8(QTimeZone::systemTimeZoneId());
        m.timeZone = Validation::isTimeZone(here) ? here : QString();
    }
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setText(m.name);
    m_email->setObjectName(QStringLiteral("email"));
    m_email->setText(m.email);
    m_email->setPlaceholderText(tr("name@example.org"));
    // Any IANA zone may be typed; the list completes it.
    m_timeZone->setObjectName(QStringLiteral("time_zone"));
    m_timeZone->setEditable(true);
    m_timeZone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
        m_timeZone->addItem(QString::fromUtf8(zone));
    m_timeZone->completer()->setFilterMode(Qt::MatchContains);
    m_timeZone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_timeZone->setCurrentText(m.timeZone);
    m_timeZone->lineEdit()->setPlaceholderText(tr("e.g. Europe/Berlin"));
    m_tracks->setObjectName(QStringLiteral("tracks"));
    m_tracks->setAccessibleName(tr("Tracks"));
    if (const auto tracks = CatalogService(m_connection, m_actor).tracks()) {
        for (const Track &track : tracks.value()) {
            // An inactive track is offered only to the mentor who has it already.
            if (!track.active && !m.trackIds.contains(track.id))
                continue;
            auto *item = new QListWidgetItem(tr("%1 – %2").arg(track.code, track.name), m_tracks);
            item->setData(Qt::UserRole, track.id);
            item->setCheckState(m.trackIds.contains(track.id) ? Qt::Checked : Qt::Unchecked);
        }
    }
    // A desk with one track: a new mentor mentors it.
    if (!m_original && m_tracks->count() == 1)
        m_tracks->item(0)->setCheckState(Qt::Checked);
    m_tracks->setMaximumHeight(fontMetrics().height() * 7);
    m_capacity = numberBox(m.maxActiveMentees, 500, QStringLiteral("max_active_mentees"), this);
    m_weeklySlots = numberBox(m.weeklySlots, 100, QStringLiteral("weekly_slots"), this);
    m_active->setObjectName(QStringLiteral("active"));
    m_active->setChecked(m.active);
    m_active->setVisible(m_original.has_value()); // a new mentor takes students
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    ProblemStyle::markMessage(m_problems);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name"), m_name);
    form->addRow(tr("E&mail"), m_email);
    form->addRow(tr("&Time zone"), m_timeZone);
    form->addRow(tr("Trac&ks"), m_tracks);
    form->addRow(tr("&Active students at most"), m_capacity);
    form->addRow(tr("&Weekly call slots"), m_weeklySlots);
    form->addRow(QString(), m_active);
    m_fieldMessages = new FieldMessages(form);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    TitleWidth::fit(this);

    connect(m_name, &QLineEdit::textChanged, this, &MentorDialog::validate);
    connect(m_email, &QLineEdit::textChanged, this, &MentorDialog::validate);
    connect(m_timeZone, &QComboBox::currentTextChanged, this, &MentorDialog::validate);
    connect(m_tracks, &QListWidget::itemChanged, this, &MentorDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &MentorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

Mentor MentorDialog::entered() const
{
    Mentor m = m_original.value_or(Mentor());
    m.name = m_name->text().trimmed();
    m.email = m_email->text().trimmed();
    m.timeZone = m_timeZone->currentText().trimmed();
    m.maxActiveMentees = m_capacity->value();
    m.weeklySlots = m_weeklySlots->value();
    m.active = m_active->isChecked();
    m.trackIds.clear();
    for (int row = 0; row < m_tracks->count(); ++row) {
        if (m_tracks->item(row)->checkState() == Qt::Checked)
            m.trackIds << m_tracks->item(row)->data(Qt::UserRole).toLongLong();
    }
    return m;
}

// Line fields are judged once typed in; the tracks once the rest is complete, since no track is
// ticked when the dialog opens.
void MentorDialog::validate()
{
    const FieldErrors errors = MentorService::validate(entered());
    // No tracks ticked is said last, once the rest is complete: it is the step still to take.
    FieldErrors fields;
    std::optional<FieldError> tracks;
    for (const FieldError &error : errors) {
        if (error.field == QLatin1String("tracks"))
            tracks = error;
        else
            fields << error;
    }
    QStringList problems = m_fieldMessages->showTyped(fields);
    if (tracks && fields.isEmpty())
        problems << (m_tracks->count() == 0
                         ? tr("There is no career track yet: add one in Settings → Career "
                              "Tracks first.")
                         : tracks->message);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(errors.isEmpty());
}

void MentorDialog::accept()
{
    MentorService mentors(m_connection, m_actor);
    const Mentor mentor = entered();
    if (m_original) {
        if (const Status saved = mentors.update(mentor); !saved) {
            m_problems->setText(saved.error().text());
            return;
        }
        m_mentorId = mentor.id;
    } else {
        const auto id = mentors.create(mentor);
        if (!id) {
            m_problems->setText(id.error().text());
            return;
        }
        m_mentorId = id.value();
    }
    QDialog::accept();
}
