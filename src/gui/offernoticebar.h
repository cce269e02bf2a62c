#pragma once

#include "domain/actor.h"
#include "domain/application.h"
#include "domain/staffrole.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

// The panel's line about an offered application's offer: who made it (the desk or a person),
// how long the seat is held, whether it was sent to the applicant and by whom, and Mark Offer
// Sent for someone who may change statuses. Hidden for an application that holds no offer.
class OfferNoticeBar : public QWidget
{
    Q_OBJECT

public:
    OfferNoticeBar(QString connectionName, QWidget *parent = nullptr);

    void setActor(const std::optional<Actor> &actor, StaffRole role);
    // Reads the application's current offer again.
    void showApplication(const std::optional<Application> &application);

Q_SIGNALS:
    // The offer was recorded as sent.
    void changed(qint64 applicationId);

private:
    void markSent();

    QString m_connection;
    std::optional<Actor> m_actor;
    bool m_mayMark = false;
    std::optional<Application> m_application;
    QLabel *m_text;
    QPushButton *m_markSent;
};
