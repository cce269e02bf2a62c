#include "signin/passwordfields.h"

#include "security/passwordhash.h"
#include "widgets/problemstyle.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PasswordFields::PasswordFields(QWidget *parent)
    : QObject(parent), m_password(new QLineEdit(parent)), m_repeat(new QLineEdit(parent)),
      m_problem(new QLabel(parent))
{
    m_password->setObjectName(QStringLiteral("newPassword"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_problem->setObjectName(QStringLiteral("passwordProblem"));
    for (QLineEdit *edit : {m_password, m_repeat}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &PasswordFields::showProblem);
    }
    m_password->setPlaceholderText(
        tr("at least %n characters", nullptr, PasswordHash::MinimumLength));
    m_problem->setWordWrap(true);
    ProblemStyle::markMessage(m_problem);
}

void PasswordFields::addRowsTo(QFormLayout *form)
{
    form->addRow(tr("&Password"), m_password);
    form->addRow(tr("&Repeat password"), m_repeat);
    form->addRow(QString(), m_problem);
}

QString PasswordFields::password() const
{
    return m_password->text();
}

QString PasswordFields::problem() const
{
    if (const QString weak = PasswordHash::problem(m_password->text()); !weak.isEmpty())
        return weak;
    if (m_repeat->text() != m_password->text())
        return tr("The two passwords differ.");
    return {};
}

bool PasswordFields::isAcceptable() const
{
    return problem().isEmpty();
}

// Nothing is said about empty fields: the placeholder already says what a password needs. While
// the repetition is still a beginning of the password, it is only not finished yet.
void PasswordFields::showProblem()
{
    const QString password = m_password->text();
    const QString repeat = m_repeat->text();
    QString shown;
    if (!password.isEmpty())
        shown = PasswordHash::problem(password);
    if (shown.isEmpty() && !repeat.isEmpty() && repeat != password &&
        !(repeat.size() < password.size() && password.startsWith(repeat)))
        shown = tr("The two passwords differ.");
    m_problem->setText(shown);
    Q_EMIT changed();
}
