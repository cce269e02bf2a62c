#include "staff/newstaffuserdialog.h"

#include "domain/staffrole.h"
#include "domain/staffuser.h"
#include "services/staffservice.h"
#include "signin/passwordfields.h"

#include "widgets/problemstyle.h"
#include "widgets/titlewidth.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

NewStaffUserDialog::NewStaffUserDialog(QString connectionName, Actor actor, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_username(new QLineEdit(this)), m_displayName(new QLineEdit(this)),
      m_role(new QComboBox(this)), m_password(new PasswordFields(this)),
      m_message(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Add Staff User"));
    m_username->setObjectName(QStringLiteral("username"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_role->setObjectName(QStringLiteral("role"));
    m_message->setObjectName(QStringLiteral("message"));
    for (StaffRole role : StaffRoles::all())
        m_role->addItem(StaffRoles::displayName(role), int(role));
    m_role->setCurrentIndex(m_role->findData(int(StaffRole::Officer)));
    m_message->setWordWrap(true);
    ProblemStyle::markMessage(m_message);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Add"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Username"), m_username);
    form->addRow(tr("&Display name"), m_displayName);
    form->addRow(tr("R&ole"), m_role);
    m_password->addRowsTo(form);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    TitleWidth::fit(this);

    connect(m_username, &QLineEdit::textChanged, this, &NewStaffUserDialog::update);
    connect(m_password, &PasswordFields::changed, this, &NewStaffUserDialog::update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewStaffUserDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewStaffUserDialog::reject);
    update();
}

void NewStaffUserDialog::update()
{
    m_message->clear();
    m_displayName->setPlaceholderText(m_username->text().trimmed());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!m_username->text().trimmed().isEmpty() && m_password->isAcceptable());
}

void NewStaffUserDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    StaffUser user;
    user.username = m_username->text().trimmed();
    user.displayName = m_displayName->text().trimmed();
    user.role = StaffRole(m_role->currentData().toInt());
    const auto added = StaffService(m_connection, m_actor).add(user, m_password->password());
    if (!added) {
        m_message->setText(added.error().text());
        return;
    }
    m_userId = added.value();
    QDialog::accept();
}
