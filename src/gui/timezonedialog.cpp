#include "timezonedialog.h"

#include "domain/deskcalendar.h"
#include "services/desksettingsservice.h"
#include "widgets/problemstyle.h"
#include "widgets/titlewidth.h"

#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QTimeZone>
#include <QVBoxLayout>

TimeZoneDialog::TimeZoneDialog(QString connectionName, Actor actor, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_zone(new QComboBox(this)), m_today(new QLabel(this)), m_problems(new QLabel(this))
{
    setWindowTitle(tr("Bootcamp Time Zone"));
    m_zone->setObjectName(QStringLiteral("timeZone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    if (const auto zone = DeskSettingsService(m_connection, m_actor).timeZone())
        m_zone->setCurrentText(QString::fromUtf8(zone.value().id()));
    m_today->setObjectName(QStringLiteral("todayThere"));
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setWordWrap(true);
    ProblemStyle::markMessage(m_problems);
    connect(m_zone, &QComboBox::currentTextChanged, this, &TimeZoneDialog::showToday);
    showToday();

    auto *explanation = new QLabel(tr("The bootcamp's days end at midnight in this time zone, for "
                                      "every desk on this database: a cohort opens, starts and "
                                      "ends on its dates there."),
                                   this);
    explanation->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Time zone"), m_zone);
    form->addRow(tr("Today there"), m_today);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &TimeZoneDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    TitleWidth::fit(this);
}

void TimeZoneDialog::showToday()
{
    const QTimeZone zone(m_zone->currentText().trimmed().toUtf8());
    m_today->setText(
        zone.isValid()
            ? QLocale().toString(DeskCalendar(zone, Clock::system()).today(), QLocale::LongFormat)
            : tr("—"));
}

void TimeZoneDialog::accept()
{
    if (Status saved =
            DeskSettingsService(m_connection, m_actor).setTimeZone(m_zone->currentText());
        !saved) {
        m_problems->setText(saved.error().text());
        return;
    }
    QDialog::accept();
}
