#include "signin/signindialog.h"

#include "signin/retrycountdown.h"
#include "widgets/problemstyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString LastUsernameKey = QStringLiteral("signIn/lastUsername");
} // namespace

SignInDialog::SignInDialog(QString connectionName, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_username(new QLineEdit(this)),
      m_password(new QLineEdit(this)), m_message(new QLabel(this)), m_wait(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_countdown(new RetryCountdown(this))
{
    setWindowTitle(tr("Sign In"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_message->setObjectName(QStringLiteral("message"));
    m_wait->setObjectName(QStringLiteral("wait"));
    m_password->setEchoMode(QLineEdit::Password);
    m_username->setText(lastUsername());
    // Not word-wrapped: a window does not grow for a wrapped label's height, and these lines
    // appear after it is shown. A long message widens the dialog instead.
    for (QLabel *label : {m_message, m_wait})
        ProblemStyle::markMessage(label);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));

    auto *intro = new QLabel(tr("<h3>Admissions Desk</h3>Sign in with your staff account."), this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Password"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_wait);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, [this] {
        m_message->clear();
        showWait();
    });
    connect(m_password, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    connect(m_countdown, &RetryCountdown::ticked, this, [this](qint64 seconds) {
        m_wait->setText(
            tr("Too many failed sign-ins: try again in %n second(s).", nullptr, int(seconds)));
        updateButton();
    });
    connect(m_countdown, &RetryCountdown::finished, this, [this] {
        m_wait->clear();
        updateButton();
    });
    showWait();
    (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
}

QString SignInDialog::lastUsername()
{
    return QSettings().value(LastUsernameKey).toString();
}

void SignInDialog::rememberUsername(const QString &username)
{
    QSettings().setValue(LastUsernameKey, username);
}

void SignInDialog::showWait()
{
    const auto wait = SignIn(m_connection).waitBeforeNextAttempt(m_username->text().trimmed());
    if (!wait) {
        m_message->setText(wait.error().text());
        return;
    }
    m_countdown->start(wait.value());
}

void SignInDialog::updateButton()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_countdown->isActive() && !m_username->text().trimmed().isEmpty() &&
                     !m_password->text().isEmpty());
}

void SignInDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const QString username = m_username->text().trimmed();
    const auto signedIn = SignIn(m_connection).withPassword(username, m_password->text());
    m_password->clear();
    if (!signedIn) {
        m_message->setText(signedIn.error().text());
        m_password->setFocus();
        showWait(); // a failure makes the next attempt wait
        return;
    }
    m_signedIn = signedIn.value();
    rememberUsername(signedIn->user.username);
    QDialog::accept();
}
