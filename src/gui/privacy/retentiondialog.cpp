#include "privacy/retentiondialog.h"

#include "backgroundjob.h"
#include "privacy/privacyactions.h"
#include "privacy/typedconfirmation.h"
#include "widgets/readonlytable.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

RetentionDialog::RetentionDialog(const QString &databasePath, Actor actor, QWidget *parent)
    : QDialog(parent), m_databasePath(databasePath), m_actor(std::move(actor)),
      m_database(Database::uniqueConnectionName(QStringLiteral("retention"))),
      m_days(new QSpinBox(this)), m_savePolicy(new QPushButton(tr("&Save Policy"), this)),
      m_dueCount(new QLabel(this)),
      m_table(new ReadOnlyTable({tr("Applicant"), tr("Name"), tr("Last application closed")},
                                QStringLiteral("dueTable"), tr("Applicants due for erasure"),
                                this)),
      m_eraseAll(new QPushButton(tr("&Erase All Due…"), this))
{
    setWindowTitle(tr("Retention Review"));
    m_days->setObjectName(QStringLiteral("keepDays"));
    m_days->setRange(RetentionReview::MinimumDays, RetentionReview::MaximumDays);
    m_days->setSuffix(tr(" days"));
    m_savePolicy->setObjectName(QStringLiteral("savePolicy"));
    m_eraseAll->setObjectName(QStringLiteral("eraseAllDue"));
    m_eraseAll->setAutoDefault(false);

    auto *policy =
        new QLabel(tr("Keep a person who did not consent to keeping their data for"), this);
    policy->setBuddy(m_days);
    auto *after = new QLabel(tr("after their last application closed."), this);
    auto *policyRow = new QHBoxLayout;
    policyRow->addWidget(policy);
    policyRow->addWidget(m_days);
    policyRow->addWidget(after, 1);
    policyRow->addWidget(m_savePolicy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_eraseAll, QDialogButtonBox::DestructiveRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(policyRow);
    layout->addWidget(m_dueCount);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 30);

    connect(m_days, &QSpinBox::valueChanged, this,
            [this](int days) { m_savePolicy->setEnabled(days != m_savedDays); });
    connect(m_savePolicy, &QPushButton::clicked, this, &RetentionDialog::savePolicy);
    connect(m_eraseAll, &QPushButton::clicked, this, &RetentionDialog::eraseAllDue);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    Status loaded =
        m_database.open(m_databasePath, Database::Check::Later, Database::Mode::Existing);
    if (loaded)
        loaded = load();
    if (!loaded) {
        m_dueCount->setText(
            tr("The retention review cannot be read: %1").arg(loaded.error().text()));
        for (QWidget *widget :
             {static_cast<QWidget *>(m_days), static_cast<QWidget *>(m_savePolicy),
              static_cast<QWidget *>(m_eraseAll)})
            widget->setEnabled(false);
    }
}

Status RetentionDialog::load()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const PrivacyService privacy(m_database.connectionName(), m_actor);
    const auto days = privacy.retentionDays();
    const auto due =
        days ? privacy.dueForErasure() : Result<QList<RetentionReview::Due>>(days.error());
    QApplication::restoreOverrideCursor();
    if (!due)
        return due.error();
    m_savedDays = days.value();
    m_days->setValue(m_savedDays);
    m_savePolicy->setEnabled(false);
    m_due = int(due->size());
    m_dueCount->setText(
        m_due > ShownAtMost
            ? tr("%n person(s) are due for erasure today; the %1 longest closed are shown:",
                 nullptr, m_due)
                  .arg(ShownAtMost)
            : tr("%n person(s) are due for erasure today:", nullptr, m_due));
    const QList<RetentionReview::Due> shown = due->mid(0, ShownAtMost);
    m_table->setRowCount(int(shown.size()));
    const QLocale locale;
    for (int row = 0; row < shown.size(); ++row) {
        const RetentionReview::Due &person = shown.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(QString::number(person.applicantId)));
        m_table->setItem(row, 1, new QTableWidgetItem(person.name));
        m_table->setItem(row, 2,
                         new QTableWidgetItem(locale.toString(
                             person.lastClosedAt.toLocalTime().date(), QLocale::ShortFormat)));
    }
    m_table->resizeColumnsToContents();
    m_eraseAll->setEnabled(m_due > 0);
    return {};
}

void RetentionDialog::savePolicy()
{
    Status saved =
        PrivacyService(m_database.connectionName(), m_actor).setRetentionDays(m_days->value());
    if (saved)
        saved = load();
    if (!saved)
        QMessageBox::warning(this, windowTitle(), saved.error().text());
}

void RetentionDialog::eraseAllDue()
{
    const QString count = QString::number(m_due);
    TypedConfirmation ask(
        {tr("Erase All Due"), tr("Erase %n person(s) for good?", nullptr, m_due),
         tr("Everyone due is erased as on a privacy request: names, contacts, URLs, notes and "
            "activity texts, and their values in the audit trail. Their applications keep their "
            "statuses, dates, track, cohort and source. This cannot be undone.") +
             QStringLiteral("\n\n") + PrivacyActions::backupsKeepText(),
         tr("Type the number of people, %1, to confirm:").arg(count), tr("Erase for Good")},
        count, this);
    if (ask.exec() != QDialog::Accepted)
        return;
    auto *job = new BackgroundJob(tr("Erasing the people due…"), this);
    job->start(
        [path = m_databasePath, actor = m_actor](
            const BackgroundJob::Progress &progress) -> Result<PrivacyService::Erasure> {
            Database database(Database::uniqueConnectionName(QStringLiteral("erase-due")));
            if (Status opened =
                    database.open(path, Database::Check::Later, Database::Mode::Existing);
                !opened)
                return opened.error();
            return PrivacyService(database.connectionName(), actor)
                .eraseDue([&progress](int done, int total) { return progress(done, total); });
        },
        [this](const Result<PrivacyService::Erasure> &outcome) {
            if (Status reloaded = load(); !reloaded)
                m_dueCount->setText(reloaded.error().text());
            Q_EMIT erased(outcome);
        });
}
