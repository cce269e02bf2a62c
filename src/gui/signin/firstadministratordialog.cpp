#include "signin/firstadministratordialog.h"

#include "services/staffservice.h"
#include "signin/passwordfields.h"
#include "widgets/problemstyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

FirstAdministratorDialog::FirstAdministratorDialog(QString connectionName, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_username(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)), m_password(new PasswordFields(this)),
      m_existing(new QLabel(this)), m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("First Administrator"));
    m_username->setObjectName(QStringLiteral("username"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_existing->setObjectName(QStringLiteral("existingAccount"));
    m_message->setObjectName(QStringLiteral("message"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Create Administrator"));
    for (QLabel *label : {m_existing, m_message})
        label->setWordWrap(true);
    ProblemStyle::markMessage(m_message);

    // Staff users without passwords: a file from before sign-in, used as a one-person desk.
    const auto staff = StaffService(m_connection, Actor::desk()).list();
    m_fileFromBeforeSignIn = staff && !staff->isEmpty();
    auto *intro = new QLabel(
        m_fileFromBeforeSignIn
            ? tr("<h3>Staff now sign in</h3>This desk was used before Admissions Desk had "
                 "sign-in. Choose its administrator: the administrator gives the other staff "
                 "users their passwords and roles in Settings → Staff, and until then they "
                 "cannot sign in.")
            : tr("<h3>Welcome to Admissions Desk</h3>This desk has no staff accounts yet. "
                 "Create its administrator: the administrator adds the other staff in "
                 "Settings → Staff and chooses what each of them may do."),
        this);
    intro->setWordWrap(true);

    m_username->setText(SignIn::systemAccountName());
    auto *form = new QFormLayout;
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Display name"), m_displayName);
    m_password->addRowsTo(form);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_existing);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 76);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &FirstAdministratorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FirstAdministratorDialog::reject);
    connect(m_username, &QLineEdit::textChanged, this, &FirstAdministratorDialog::update);
    connect(m_displayName, &QLineEdit::textChanged, this, &FirstAdministratorDialog::update);
    connect(m_password, &PasswordFields::changed, this, &FirstAdministratorDialog::update);
    update();
    (m_username->text().isEmpty() ? m_username : m_displayName)->setFocus();
}

void FirstAdministratorDialog::update()
{
    m_message->clear();
    const QString username = m_username->text().trimmed();
    const auto found = StaffService(m_connection, Actor::desk()).findByUsername(username);
    // An existing account keeps its display name unless another is typed; a new one is named
    // by its username.
    m_displayName->setPlaceholderText(found && found.value() ? found.value()->displayName
                                                             : username);
    if (!username.isEmpty() && found && found.value()) {
        m_existing->setText(
            tr("The staff user <b>%1</b> (%2) becomes the administrator and "
               "needs a password: choose it below.")
                .arg(username.toHtmlEscaped(), found.value()->displayName.toHtmlEscaped()));
    } else if (!username.isEmpty() && m_fileFromBeforeSignIn) {
        m_existing->setText(tr("There is no staff user %1 on this desk yet: a new account is "
                               "made for the administrator.")
                                .arg(username.toHtmlEscaped()));
    } else {
        m_existing->clear();
    }
    m_existing->setVisible(!m_existing->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!username.isEmpty() && m_password->isAcceptable());
}

void FirstAdministratorDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    const auto made =
        SignIn(m_connection)
            .createFirstAdministrator(m_username->text().trimmed(), m_displayName->text().trimmed(),
                                      m_password->password());
    if (!made) {
        m_message->setText(made.error().text());
        return;
    }
    m_signedIn = made.value();
    QDialog::accept();
}
