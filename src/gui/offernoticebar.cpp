#include "offernoticebar.h"

#include "domain/permissions.h"
#include "services/desksettingsservice.h"
#include "services/offernoticeservice.h"
#include "widgets/problemstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>

OfferNoticeBar::OfferNoticeBar(QString connectionName, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connectionName)), m_text(new QLabel(this)),
      m_markSent(new QPushButton(tr("Mark Offer &Sent"), this))
{
    m_text->setObjectName(QStringLiteral("offerNotice"));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_markSent->setObjectName(QStringLiteral("markOfferSent"));
    m_markSent->setToolTip(tr("Record that you told the applicant about the offer"));
    connect(m_markSent, &QPushButton::clicked, this, &OfferNoticeBar::markSent);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_markSent, 0, Qt::AlignTop);
    showApplication(std::nullopt);
}

void OfferNoticeBar::setActor(const std::optional<Actor> &actor, StaffRole role)
{
    m_actor = actor;
    m_mayMark = actor && Permissions::allows(role, Action::ChangeStatus);
    showApplication(m_application);
}

void OfferNoticeBar::showApplication(const std::optional<Application> &application)
{
    m_application = application;
    const bool offered = application && application->status == ApplicationStatus::Offered;
    setVisible(offered);
    if (!offered)
        return;
    const Actor reader = m_actor.value_or(Actor::desk());
    const auto offer = OfferNoticeService(m_connection, reader).current(application->id);
    const auto calendar = DeskSettingsService(m_connection, reader).calendar();
    if (!offer || !calendar) {
        m_text->setText(!offer ? offer.error().text() : calendar.error().text());
        ProblemStyle::markMessage(m_text);
        m_markSent->hide();
        return;
    }
    ProblemStyle::markMessage(m_text, false);
    if (!offer.value()) {
        m_text->setText(tr("The offer cannot be found in the status history."));
        m_markSent->hide();
        return;
    }
    const CurrentOffer &o = *offer.value();
    m_text->setText(OfferText::describe(o, calendar.value()));
    m_markSent->setVisible(!o.sent && m_mayMark);
}

void OfferNoticeBar::markSent()
{
    if (!m_application || !m_actor)
        return;
    const auto marked = OfferNoticeService(m_connection, *m_actor).markSent(m_application->id);
    if (!marked) {
        QMessageBox::warning(this, tr("Offer Not Marked"), marked.error().text());
        return;
    }
    Q_EMIT changed(m_application->id);
}
