#include "upcominginterviewsdialog.h"

#include "services/interviewservice.h"
#include "widgets/clocktime.h"
#include "widgets/readonlytable.h"
#include "widgets/titlewidth.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

UpcomingInterviewsDialog::UpcomingInterviewsDialog(QString connectionName, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_interviewer(new QComboBox(this)),
      m_table(new ReadOnlyTable({tr("Date"), tr("Time"), tr("Length"), tr("Applicant"),
                                 tr("Application"), tr("Interviewer")},
                                QStringLiteral("upcomingInterviews"), tr("Upcoming interviews"),
                                this)),
      m_note(new QLabel(this))
{
    setWindowTitle(tr("Upcoming Interviews"));
    m_interviewer->setObjectName(QStringLiteral("interviewerFilter"));
    m_interviewer->addItem(tr("Everyone"), qint64(0));
    if (const auto staff = InterviewService(m_connection, Actor::desk()).interviewers(); staff) {
        for (const StaffUser &user : staff.value())
            m_interviewer->addItem(
                user.displayName.trimmed().isEmpty() ? user.username : user.displayName, user.id);
    }
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Interviewer"), m_interviewer);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 100, fontMetrics().height() * 24);
    TitleWidth::fit(this);
    connect(m_interviewer, &QComboBox::currentIndexChanged, this,
            &UpcomingInterviewsDialog::refresh);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_table->item(row, 4))
            Q_EMIT applicationWanted(item->data(Qt::UserRole).toLongLong());
    });
    refresh();
}

void UpcomingInterviewsDialog::refresh()
{
    m_table->setRowCount(0);
    const auto upcoming = InterviewService(m_connection, Actor::desk())
                              .upcoming(m_interviewer->currentData().toLongLong());
    if (!upcoming) {
        m_note->setText(tr("The interviews cannot be read: %1").arg(upcoming.error().text()));
        return;
    }
    const QLocale locale;
    for (const Interview &i : upcoming.value()) {
        const QDateTime local = i.startsAt.toLocalTime();
        m_table->appendRow({locale.toString(local.date(), QLocale::ShortFormat),
                            ClockTime::toString(local.time()),
                            tr("%1 min").arg(locale.toString(i.durationMinutes)), i.applicantName,
                            QString::number(i.applicationId), i.interviewerName},
                           i.applicationId);
    }
    m_table->resizeColumnsToContents();
    m_note->setText(upcoming->isEmpty() ? tr("No interviews are coming up.")
                                        : tr("Interviews coming up: %L1. Enter or a double "
                                             "click shows the application.")
                                              .arg(upcoming->size()));
}
