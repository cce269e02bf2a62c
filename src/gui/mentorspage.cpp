#include "mentorspage.h"

#include "domain/applicationstatus.h"
#include "domain/permissions.h"
#include "services/applicantservice.h"
#include "services/applicationservice.h"
#include "services/catalogservice.h"
#include "services/mentorcallservice.h"
#include "services/mentorservice.h"
#include "setup/mentordialog.h"
#include "setup/trackcheck.h"
#include "widgets/emptylistnote.h"
#include "widgets/loadbardelegate.h"
#include "widgets/readonlytable.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QStringList>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum MentorColumn
{
    NameColumn,
    EmailColumn,
    TracksColumn,
    ZoneColumn,
    SlotsColumn,
    LoadColumn,
    CallsColumn,
    BehindColumn
};
enum SuggestionColumn
{
    MentorColumn,
    DistanceColumn,
    SuggestionLoadColumn,
    SuggestionZoneColumn
};

QTableWidgetItem *loadItem(const MentorLoad &load)
{
    auto *item = new QTableWidgetItem(QCoreApplication::translate("MentorsPage", "%1 of %2")
                                          .arg(load.takenSlots())
                                          .arg(load.capacity()));
    item->setData(Qt::UserRole, load.takenSlots());
    item->setData(Qt::UserRole + 1, load.capacity());
    return item;
}
} // namespace

MentorsPage::MentorsPage(QString connectionName, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connectionName))
{
    m_mentors =
        new ReadOnlyTable({tr("Mentor"), tr("Email"), tr("Tracks"), tr("Time zone"),
                           tr("Weekly slots"), tr("Slots used"), tr("Calls (4 wk)"), tr("Behind")},
                          QStringLiteral("mentors"), tr("Mentors"), this);
    m_mentors->setItemDelegateForColumn(LoadColumn, new LoadBarDelegate(m_mentors));
    m_mentors->horizontalHeader()->setStretchLastSection(false);
    new EmptyListNote(m_mentors, tr("No mentors yet. Every enrolled student gets a mentor of "
                                    "their track: New Mentor… adds the first."));
    m_newMentor = new QPushButton(tr("Ne&w Mentor…"), this);
    m_editMentor = new QPushButton(tr("Ed&it Mentor…"), this);
    m_toggleMentor = new QPushButton(tr("Deactivate"), this);
    auto *mentorButtons = new QHBoxLayout;
    mentorButtons->addWidget(m_newMentor);
    mentorButtons->addWidget(m_editMentor);
    mentorButtons->addWidget(m_toggleMentor);
    mentorButtons->addStretch(1);
    auto *mentorList = new QWidget(this);
    auto *mentorLayout = new QVBoxLayout(mentorList);
    mentorLayout->setContentsMargins(0, 0, 0, 0);
    mentorLayout->addLayout(mentorButtons);
    mentorLayout->addWidget(m_mentors, 1);

    m_application = new QLineEdit(this);
    m_application->setObjectName(QStringLiteral("studentApplication"));
    m_application->setAccessibleName(tr("Student's application"));
    m_application->setPlaceholderText(tr("Application number of an enrolled student"));
    m_student = new QLabel(this);
    m_student->setObjectName(QStringLiteral("studentName"));
    auto *suggest = new QPushButton(tr("S&uggest mentors"), this);
    m_suggestions =
        new ReadOnlyTable({tr("Mentor"), tr("Time zone difference"), tr("Load"), tr("Time zone")},
                          QStringLiteral("suggestions"), tr("Suggestions"), this);
    m_suggestions->setItemDelegateForColumn(SuggestionLoadColumn,
                                            new LoadBarDelegate(m_suggestions));
    new EmptyListNote(m_suggestions, tr("Type the application number of an enrolled student "
                                        "and press Enter: the mentors of their track with a free "
                                        "place are listed here, the nearest time zone first."));
    m_assign = new QPushButton(tr("Assign the selected ment&or"), this);
    m_assign->setEnabled(false);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mentorMessage"));
    m_message->setWordWrap(true);

    auto *match = new QWidget(this);
    auto *matchLayout = new QVBoxLayout(match);
    matchLayout->setContentsMargins(0, 0, 0, 0);
    auto *studentRow = new QHBoxLayout;
    auto *studentLabel = new QLabel(tr("S&tudent:"), match);
    studentLabel->setBuddy(m_application);
    studentRow->addWidget(studentLabel);
    studentRow->addWidget(m_application, 1);
    studentRow->addWidget(m_student, 2);
    studentRow->addWidget(suggest);
    matchLayout->addLayout(studentRow);
    matchLayout->addWidget(m_suggestions, 1);
    auto *assignRow = new QHBoxLayout;
    assignRow->addWidget(m_message, 1);
    assignRow->addWidget(m_assign);
    matchLayout->addLayout(assignRow);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mentorList);
    splitter->addWidget(match);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(suggest, &QPushButton::clicked, this, &MentorsPage::showSuggestions);
    connect(m_application, &QLineEdit::returnPressed, this, &MentorsPage::showSuggestions);
    connect(m_application, &QLineEdit::textChanged, this, &MentorsPage::showStudent);
    connect(m_assign, &QPushButton::clicked, this, &MentorsPage::assignSelected);
    connect(m_suggestions, &QTableWidget::currentCellChanged, this,
            [this] { m_assign->setEnabled(m_actor && m_suggestions->currentRow() >= 0); });
    connect(m_newMentor, &QPushButton::clicked, this, &MentorsPage::addMentor);
    connect(m_editMentor, &QPushButton::clicked, this, &MentorsPage::editMentor);
    connect(m_toggleMentor, &QPushButton::clicked, this, &MentorsPage::toggleMentorActive);
    connect(m_mentors, &QTableWidget::currentCellChanged, this, &MentorsPage::showSelectedMentor);
    connect(m_mentors, &QTableWidget::cellDoubleClicked, this, &MentorsPage::editMentor);
    showSelectedMentor();
}

void MentorsPage::setActor(const Actor &actor, StaffRole role)
{
    const bool mayManage = Permissions::allows(role, Action::ManageMentors);
    m_actor = mayManage ? std::optional<Actor>(actor) : std::nullopt;
    for (QPushButton *button : {m_assign, m_newMentor, m_editMentor, m_toggleMentor})
        button->setVisible(mayManage);
    m_assign->setEnabled(mayManage && m_suggestions->currentRow() >= 0);
    showSelectedMentor();
}

void MentorsPage::clearActor()
{
    m_actor.reset();
    for (QPushButton *button : {m_assign, m_newMentor, m_editMentor, m_toggleMentor})
        button->setVisible(true);
    m_assign->setEnabled(false);
    showSelectedMentor();
}

std::optional<Mentor> MentorsPage::selectedMentor() const
{
    const int row = m_mentors->currentRow();
    if (row < 0 || row >= m_loads.size())
        return std::nullopt;
    return m_loads.at(row).mentor;
}

void MentorsPage::showSelectedMentor()
{
    const auto mentor = selectedMentor();
    m_newMentor->setEnabled(m_actor.has_value());
    m_editMentor->setEnabled(m_actor && mentor);
    m_toggleMentor->setEnabled(m_actor && mentor);
    m_toggleMentor->setText(mentor && !mentor->active ? tr("Activate") : tr("Deactivate"));
}

void MentorsPage::addMentor()
{
    if (!m_actor ||
        !TrackCheck::ensureActiveTrack(m_connection, *m_actor, tr("A mentor"), window()))
        return;
    MentorDialog dialog(m_connection, *m_actor, std::nullopt, this);
    if (dialog.exec() == QDialog::Accepted)
        showDone(dialog.mentorId(), tr("Mentor added."));
}

void MentorsPage::editMentor()
{
    const auto mentor = selectedMentor();
    if (!m_actor || !mentor)
        return;
    MentorDialog dialog(m_connection, *m_actor, mentor, this);
    if (dialog.exec() == QDialog::Accepted)
        showDone(mentor->id, tr("%1 saved.").arg(mentor->name));
}

// A deactivated mentor keeps their students; they are only not suggested for new ones.
void MentorsPage::toggleMentorActive()
{
    auto mentor = selectedMentor();
    if (!m_actor || !mentor)
        return;
    mentor->active = !mentor->active;
    if (const Status saved = MentorService(m_connection, *m_actor).update(*mentor); !saved) {
        m_message->setText(saved.error().text());
        return;
    }
    showDone(
        mentor->id,
        mentor->active
            ? tr("%1 takes new students again.").arg(mentor->name)
            : tr("%1 takes no new students; their current students keep them.").arg(mentor->name));
}

void MentorsPage::showDone(qint64 mentorId, const QString &message)
{
    if (const Status read = refresh(); !read) {
        m_message->setText(read.error().text());
        return;
    }
    for (int row = 0; row < m_loads.size(); ++row) {
        if (m_loads.at(row).mentor.id == mentorId)
            m_mentors->setCurrentCell(row, 0);
    }
    m_message->setText(message);
    Q_EMIT mentorsChanged();
}

Status MentorsPage::refresh()
{
    const auto tracks = CatalogService(m_connection, Actor::desk()).tracks();
    if (!tracks)
        return tracks.error();
    QHash<qint64, QString> codes;
    for (const Track &track : tracks.value())
        codes.insert(track.id, track.code);
    const auto loads = MentorService(m_connection, Actor::desk()).loads();
    if (!loads)
        return loads.error();
    const auto cadences = MentorCallService(m_connection, Actor::desk()).mentorCadences();
    if (!cadences)
        return cadences.error();
    QHash<qint64, MentorCadence> cadenceOf;
    for (const MentorCadence &cadence : cadences.value())
        cadenceOf.insert(cadence.mentorId, cadence);
    const auto wasSelected = selectedMentor();
    m_loads = loads.value();
    m_mentors->setRowCount(int(loads->size()));
    for (int row = 0; row < loads->size(); ++row) {
        const MentorLoad &load = loads->at(row);
        QStringList trackCodes;
        for (qint64 id : load.mentor.trackIds)
            trackCodes << codes.value(id);
        const QString name =
            load.mentor.active ? load.mentor.name : tr("%1 (inactive)").arg(load.mentor.name);
        m_mentors->setItem(row, NameColumn, new QTableWidgetItem(name));
        m_mentors->setItem(row, EmailColumn, new QTableWidgetItem(load.mentor.email));
        m_mentors->setItem(row, TracksColumn,
                           new QTableWidgetItem(trackCodes.join(QStringLiteral(", "))));
        m_mentors->setItem(row, ZoneColumn, new QTableWidgetItem(load.mentor.timeZone));
        m_mentors->setItem(row, SlotsColumn,
                           new QTableWidgetItem(QString::number(load.mentor.weeklySlots)));
        m_mentors->setItem(row, LoadColumn, loadItem(load));
        const auto cadence = cadenceOf.constFind(load.mentor.id);
        const bool due = cadence != cadenceOf.constEnd() && cadence->weeksDue > 0;
        m_mentors->setItem(
            row, CallsColumn,
            new QTableWidgetItem(due ? tr("%1 of %2").arg(cadence->weeksHeld).arg(cadence->weeksDue)
                                     : QString()));
        auto *behind = new QTableWidgetItem();
        if (due && cadence->behind()) {
            QStringList students;
            for (const MenteeCadence &mentee : cadence->behindMentees)
                students << tr("Application %1 (%2): %3")
                                .arg(mentee.applicationId)
                                .arg(mentee.studentName, mentee.describe());
            behind->setText(tr("behind (students: %1)").arg(cadence->behindMentees.size()));
            behind->setToolTip(students.join(QLatin1Char('\n')));
        }
        m_mentors->setItem(row, BehindColumn, behind);
        if (wasSelected && wasSelected->id == load.mentor.id)
            m_mentors->setCurrentCell(row, 0);
    }
    m_mentors->resizeColumnsToContents();
    m_mentors->setColumnWidth(LoadColumn, fontMetrics().averageCharWidth() * 24);
    showSelectedMentor(); // the same row may now be another state of the mentor
    return {};
}

void MentorsPage::suggestFor(qint64 applicationId)
{
    m_application->setText(QString::number(applicationId));
    showSuggestions();
}

void MentorsPage::showStudent()
{
    bool ok = false;
    const qint64 id = m_application->text().trimmed().toLongLong(&ok);
    m_student->clear();
    if (!ok || id < 1)
        return;
    const auto application = ApplicationService(m_connection, Actor::desk()).application(id);
    if (!application || !application.value()) {
        m_student->setText(application ? tr("There is no application %1.").arg(id)
                                       : application.error().text());
        return;
    }
    const auto applicant =
        ApplicantService(m_connection, Actor::desk()).applicant(application.value()->applicantId);
    const auto track =
        CatalogService(m_connection, Actor::desk()).track(application.value()->trackId);
    const QString name = applicant && applicant.value() ? applicant.value()->fullName() : QString();
    const QString code = track && track.value() ? track.value()->code : QString();
    m_student->setText(
        tr("%1 · %2 · %3").arg(name, code, Statuses::displayName(application.value()->status)));
}

void MentorsPage::showSuggestions()
{
    m_suggestions->setRowCount(0);
    m_message->clear();
    bool ok = false;
    const qint64 id = m_application->text().trimmed().toLongLong(&ok);
    if (!ok || id < 1) {
        m_message->setText(tr("Type the application number of an enrolled student."));
        return;
    }
    const auto suggestions = MentorService(m_connection, Actor::desk()).suggestions(id);
    if (!suggestions) {
        m_message->setText(suggestions.error().text());
        return;
    }
    if (suggestions->isEmpty()) {
        m_message->setText(tr("No active mentor of this track has a free slot."));
        return;
    }
    m_suggestions->setRowCount(int(suggestions->size()));
    for (int row = 0; row < suggestions->size(); ++row) {
        const MentorService::Suggestion &s = suggestions->at(row);
        auto *mentor = new QTableWidgetItem(s.load.mentor.name);
        mentor->setData(Qt::UserRole, s.load.mentor.id);
        m_suggestions->setItem(row, MentorColumn, mentor);
        m_suggestions->setItem(row, DistanceColumn,
                               new QTableWidgetItem(tr("%1 h").arg(
                                   QLocale().toString(s.timeZoneDistanceMinutes / 60.0, 'f', 1))));
        m_suggestions->setItem(row, SuggestionLoadColumn, loadItem(s.load));
        m_suggestions->setItem(row, SuggestionZoneColumn,
                               new QTableWidgetItem(s.load.mentor.timeZone));
    }
    m_suggestions->resizeColumnsToContents();
    m_suggestions->setColumnWidth(SuggestionLoadColumn, fontMetrics().averageCharWidth() * 24);
    m_suggestions->setCurrentCell(0, 0);
}

void MentorsPage::assignSelected()
{
    const int row = m_suggestions->currentRow();
    if (!m_actor || row < 0)
        return;
    const qint64 applicationId = m_application->text().trimmed().toLongLong();
    const qint64 mentorId = m_suggestions->item(row, MentorColumn)->data(Qt::UserRole).toLongLong();
    const Status done = MentorService(m_connection, *m_actor).assign(applicationId, mentorId);
    if (!done) {
        m_message->setText(done.error().text());
        return;
    }
    const QString mentor = m_suggestions->item(row, MentorColumn)->text();
    if (const Status status = refresh(); !status)
        m_message->setText(status.error().text());
    showSuggestions();
    m_message->setText(
        tr("%1 is now the mentor of application %2.").arg(mentor).arg(applicationId));
    Q_EMIT assigned(applicationId, mentorId);
}
