#include "signin/unlockform.h"

#include "services/signin.h"
#include "signin/retrycountdown.h"
#include "widgets/problemstyle.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

UnlockForm::UnlockForm(QString connectionName, Actor actor, const QString &displayName,
                       QWidget *parent)
    : QWidget(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_password(new QLineEdit(this)), m_unlock(new QPushButton(tr("&Unlock"), this)),
      m_message(new QLabel(this)), m_wait(new QLabel(this)), m_countdown(new RetryCountdown(this))
{
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_password->setPlaceholderText(tr("Password of %1").arg(m_actor.username));
    for (QLabel *label : {m_message, m_wait}) {
        label->setWordWrap(true);
        ProblemStyle::markMessage(label);
    }
    auto *who = new QLabel(tr("Signed in as %1 (%2). Enter your password to unlock.")
                               .arg(displayName.toHtmlEscaped(), m_actor.username.toHtmlEscaped()),
                           this);
    who->setWordWrap(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(m_unlock);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(who);
    layout->addLayout(row);
    layout->addWidget(m_message);
    layout->addWidget(m_wait);

    connect(m_unlock, &QPushButton::clicked, this, &UnlockForm::tryUnlock);
    connect(m_password, &QLineEdit::returnPressed, this, &UnlockForm::tryUnlock);
    connect(m_password, &QLineEdit::textChanged, this, &UnlockForm::updateButton);
    connect(m_countdown, &RetryCountdown::ticked, this, [this](qint64 seconds) {
        m_wait->setText(
            tr("Too many failed attempts: try again in %n second(s).", nullptr, int(seconds)));
        updateButton();
    });
    connect(m_countdown, &RetryCountdown::finished, this, [this] {
        m_wait->clear();
        updateButton();
    });
    showWait();
}

void UnlockForm::focusPassword()
{
    m_password->setFocus();
}

void UnlockForm::showWait()
{
    const auto wait = SignIn(m_connection).waitBeforeNextAttempt(m_actor.username);
    if (!wait) {
        m_message->setText(wait.error().text());
        return;
    }
    m_countdown->start(wait.value());
}

void UnlockForm::updateButton()
{
    m_unlock->setEnabled(!m_countdown->isActive() && !m_password->text().isEmpty());
}

void UnlockForm::tryUnlock()
{
    if (!m_unlock->isEnabled())
        return;
    const auto signedIn = SignIn(m_connection).withPassword(m_actor.username, m_password->text());
    m_password->clear();
    if (!signedIn || signedIn->user.id != m_actor.userId) {
        m_message->setText(signedIn ? tr("Wrong username or password.") : signedIn.error().text());
        showWait(); // a failure makes the next attempt wait
        return;
    }
    m_message->clear();
    Q_EMIT unlocked();
}
