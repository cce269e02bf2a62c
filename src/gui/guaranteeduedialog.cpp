#include "guaranteeduedialog.h"

#include "services/jobguaranteeservice.h"
#include "widgets/readonlytable.h"
#include "widgets/titlewidth.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace {
constexpr int ApplicationColumn = 0;
}

GuaranteeDueDialog::GuaranteeDueDialog(QString connectionName, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)),
      m_table(new ReadOnlyTable({tr("Application"), tr("Graduate"), tr("Cohort"),
                                 tr("Search began"), tr("Period ended"), tr("Eligible"), tr("Why")},
                                QStringLiteral("guaranteeDue"), tr("Guarantee decisions due"),
                                this)),
      m_note(new QLabel(this))
{
    setWindowTitle(tr("Guarantee Decisions Due"));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 24);
    TitleWidth::fit(this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_table->item(row, ApplicationColumn))
            Q_EMIT applicationWanted(item->data(Qt::UserRole).toLongLong());
    });
    refresh();
}

void GuaranteeDueDialog::refresh()
{
    m_table->setRowCount(0);
    const auto due = JobGuaranteeService(m_connection, Actor::desk()).decisionsDue();
    if (!due) {
        m_note->setText(tr("The job searches cannot be read: %1").arg(due.error().text()));
        return;
    }
    const QLocale locale;
    for (const GuaranteeStanding &standing : due.value()) {
        m_table->appendRow(
            {QString::number(standing.search.applicationId), standing.search.applicantName,
             standing.search.cohortName,
             locale.toString(standing.search.startedOn, QLocale::ShortFormat),
             locale.toString(standing.endsOn, QLocale::ShortFormat),
             standing.eligibility.isEligible() ? tr("Yes") : tr("No"),
             standing.eligibility.isEligible() ? QString() : standing.eligibility.describe()},
            standing.search.applicationId);
    }
    m_table->resizeColumnsToContents();
    m_note->setText(due->isEmpty()
                        ? tr("No guarantee decision is due: no job search ended unplaced.")
                        : tr("Job searches ended without a placement: %L1. Enter or a double "
                             "click shows the application.")
                              .arg(due->size()));
}
