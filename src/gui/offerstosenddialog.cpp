#include "offerstosenddialog.h"

#include "domain/permissions.h"
#include "services/authorization.h"
#include "services/desksettingsservice.h"
#include "services/offernoticeservice.h"
#include "widgets/problemstyle.h"
#include "widgets/readonlytable.h"
#include "widgets/titlewidth.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int ApplicationColumn = 0;
}

OffersToSendDialog::OffersToSendDialog(QString connectionName, Actor actor, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_table(new ReadOnlyTable({tr("Application"), tr("Applicant"), tr("Cohort"), tr("Offered on"),
                                 tr("Held"), tr("Owner"), tr("Why")},
                                QStringLiteral("offersToSend"), tr("Offers to send"), this)),
      m_everyone(new QCheckBox(tr("&Everyone's offers"), this)),
      m_markSent(new QPushButton(tr("&Mark Sent"), this)), m_note(new QLabel(this))
{
    setWindowTitle(tr("Offers to Send"));
    m_everyone->setObjectName(QStringLiteral("everyone"));
    m_everyone->setToolTip(tr("Show the offers of applications other staff own, too"));
    m_markSent->setObjectName(QStringLiteral("markSent"));
    // A role that may not change statuses reads the list, and sends nothing.
    const auto role = Authorization::roleOf(m_connection, m_actor);
    m_markSent->setVisible(role && Permissions::allows(role.value(), Action::ChangeStatus));
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_markSent, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_everyone);
    layout->addWidget(m_table);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 120, fontMetrics().height() * 24);
    TitleWidth::fit(this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_everyone, &QCheckBox::toggled, this, &OffersToSendDialog::refresh);
    connect(m_markSent, &QPushButton::clicked, this, &OffersToSendDialog::markSelectedSent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_markSent->setEnabled(selectedApplication() != 0); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_table->item(row, ApplicationColumn))
            Q_EMIT applicationWanted(item->data(Qt::UserRole).toLongLong());
    });
    refresh();
}

void OffersToSendDialog::refresh()
{
    m_table->setRowCount(0);
    m_markSent->setEnabled(false);
    const auto offers = OfferNoticeService(m_connection, m_actor)
                            .toSend(m_everyone->isChecked() ? OfferNoticeService::Scope::Everyone
                                                            : OfferNoticeService::Scope::Mine);
    const auto calendar = DeskSettingsService(m_connection, m_actor).calendar();
    if (!offers || !calendar) {
        m_note->setText(tr("The offers cannot be read: %1")
                            .arg(!offers ? offers.error().text() : calendar.error().text()));
        ProblemStyle::markMessage(m_note);
        return;
    }
    ProblemStyle::markMessage(m_note, false);
    const QLocale locale;
    for (const CurrentOffer &offer : offers.value()) {
        m_table->appendRow({QString::number(offer.applicationId), offer.applicantName,
                            offer.cohortName,
                            locale.toString(calendar->dayOf(offer.offeredAt), QLocale::ShortFormat),
                            OfferText::hold(offer.expiresAt, calendar.value()),
                            offer.ownerName.isEmpty() ? tr("nobody") : offer.ownerName,
                            offer.madeByDesk() ? offer.cause : tr("offered by a person")},
                           offer.applicationId);
    }
    m_table->resizeColumnsToContents();
    m_note->setText(offers->isEmpty()
                        ? tr("Every offer has been sent.")
                        : tr("Offers waiting to be sent: %L1. The seat is held from the offer, "
                             "so tell the applicant soon. Enter or a double click shows the "
                             "application.")
                              .arg(offers->size()));
}

qint64 OffersToSendDialog::selectedApplication() const
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    return selected.isEmpty() ? 0 : selected.constFirst()->data(Qt::UserRole).toLongLong();
}

void OffersToSendDialog::markSelectedSent()
{
    const qint64 id = selectedApplication();
    if (id == 0)
        return;
    const auto marked = OfferNoticeService(m_connection, m_actor).markSent(id);
    if (!marked)
        QMessageBox::warning(this, tr("Offer Not Marked"), marked.error().text());
    refresh();
}
