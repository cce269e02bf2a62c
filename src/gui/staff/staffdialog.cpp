#include "staff/staffdialog.h"

#include "domain/staffrole.h"
#include "services/staffservice.h"
#include "staff/accesstokenlist.h"
#include "staff/newpassworddialog.h"
#include "staff/newstaffuserdialog.h"
#include "widgets/problemstyle.h"
#include "widgets/readonlytable.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    UsernameColumn,
    DisplayNameColumn,
    RoleColumn,
    ActiveColumn,
    SignInColumn,
};
} // namespace

StaffDialog::StaffDialog(QString connectionName, Actor actor, QWidget *parent)
    : QDialog(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_table(new ReadOnlyTable(
          {tr("Username"), tr("Display name"), tr("Role"), tr("Status"), tr("Sign-in")},
          QStringLiteral("staff"), tr("Staff"), this)),
      m_role(new QComboBox(this)), m_changeRole(new QPushButton(tr("&Change Role"), this)),
      m_toggleActive(new QPushButton(tr("&Deactivate"), this)),
      m_resetPassword(new QPushButton(tr("&Reset Password…"), this)), m_message(new QLabel(this))
{
    setWindowTitle(tr("Staff"));
    m_table->setObjectName(QStringLiteral("staffTable"));
    m_role->setObjectName(QStringLiteral("role"));
    m_changeRole->setObjectName(QStringLiteral("changeRole"));
    m_toggleActive->setObjectName(QStringLiteral("toggleActive"));
    m_resetPassword->setObjectName(QStringLiteral("resetPassword"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (StaffRole role : StaffRoles::all())
        m_role->addItem(StaffRoles::displayName(role), int(role));
    m_role->setAccessibleName(tr("Role"));

    auto *add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addStaff"));
    auto *selectedBox = new QGroupBox(tr("Selected staff user"), this);
    auto *selectedRow = new QHBoxLayout(selectedBox);
    selectedRow->addWidget(new QLabel(tr("Role:"), selectedBox));
    selectedRow->addWidget(m_role);
    selectedRow->addWidget(m_changeRole);
    selectedRow->addSpacing(fontMetrics().averageCharWidth() * 2);
    selectedRow->addWidget(m_toggleActive);
    selectedRow->addWidget(m_resetPassword);
    selectedRow->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *staffPage = new QWidget(this);
    auto *staffLayout = new QVBoxLayout(staffPage);
    staffLayout->addWidget(m_table, 1);
    staffLayout->addWidget(selectedBox);
    auto *messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(add);
    staffLayout->addLayout(messageRow);
    auto *pages = new QTabWidget(this);
    pages->setObjectName(QStringLiteral("staffPages"));
    pages->addTab(staffPage, tr("Staff &users"));
    pages->addTab(new AccessTokenList(m_connection, m_actor, this), tr("Access &tokens"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(pages, 1);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, &StaffDialog::addUser);
    connect(m_changeRole, &QPushButton::clicked, this, &StaffDialog::changeRole);
    connect(m_toggleActive, &QPushButton::clicked, this, &StaffDialog::toggleActive);
    connect(m_resetPassword, &QPushButton::clicked, this, &StaffDialog::resetPassword);
    connect(m_table, &QTableWidget::currentCellChanged, this, &StaffDialog::showSelected);
    if (const Status read = refresh(); !read)
        m_message->setText(read.error().text());
}

Status StaffDialog::refresh()
{
    const auto current = selected();
    const auto users = StaffService(m_connection, m_actor).list();
    if (!users)
        return users.error();
    m_users = users.value();
    m_table->setRowCount(int(m_users.size()));
    int keep = m_users.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_users.size(); ++row) {
        const StaffUser &user = m_users.at(row);
        const QStringList cells{user.username, user.displayName, StaffRoles::displayName(user.role),
                                user.active ? tr("Active") : tr("Deactivated"),
                                user.hasPassword ? tr("Can sign in")
                                                 : tr("No password: cannot sign in")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        if (current && current->id == user.id)
            keep = row;
    }
    m_table->resizeColumnsToContents();
    m_table->setCurrentCell(keep, 0);
    showSelected();
    return {};
}

std::optional<StaffUser> StaffDialog::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_users.size())
        return std::nullopt;
    return m_users.at(row);
}

void StaffDialog::showSelected()
{
    const auto user = selected();
    for (QWidget *control :
         {static_cast<QWidget *>(m_role), static_cast<QWidget *>(m_changeRole),
          static_cast<QWidget *>(m_toggleActive), static_cast<QWidget *>(m_resetPassword)})
        control->setEnabled(user.has_value());
    if (!user)
        return;
    m_role->setCurrentIndex(m_role->findData(int(user->role)));
    m_toggleActive->setText(user->active ? tr("&Deactivate") : tr("Ac&tivate"));
    m_resetPassword->setText(user->hasPassword ? tr("&Reset Password…") : tr("&Give a Password…"));
}

void StaffDialog::report(const Status &done, const QString &success)
{
    if (const Status read = refresh(); !read) {
        m_message->setText(read.error().text());
        return;
    }
    ProblemStyle::markMessage(m_message, !done);
    m_message->setText(done ? success : done.error().text());
}

void StaffDialog::addUser()
{
    NewStaffUserDialog dialog(m_connection, m_actor, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report({}, tr("Staff user added."));
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == dialog.userId())
            m_table->setCurrentCell(row, 0);
    }
}

void StaffDialog::changeRole()
{
    const auto user = selected();
    if (!user)
        return;
    const auto role = StaffRole(m_role->currentData().toInt());
    report(StaffService(m_connection, m_actor).setRole(user->id, role),
           tr("%1 is now: %2.").arg(user->username, StaffRoles::displayName(role)));
}

void StaffDialog::toggleActive()
{
    const auto user = selected();
    if (!user)
        return;
    report(StaffService(m_connection, m_actor).setActive(user->id, !user->active),
           user->active ? tr("%1 is deactivated: they can no longer sign in, and their access "
                             "tokens stop working.")
                              .arg(user->username)
                        : tr("%1 is active again.").arg(user->username));
}

void StaffDialog::resetPassword()
{
    const auto user = selected();
    if (!user)
        return;
    NewPasswordDialog dialog(
        tr("New Password"),
        tr("A new password for %1 (%2). Tell it to them in person; they can sign in with it "
           "at once.")
            .arg(user->displayName.toHtmlEscaped(), user->username.toHtmlEscaped()),
        this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(StaffService(m_connection, m_actor).setPassword(user->id, dialog.password()),
           tr("%1 has a new password.").arg(user->username));
}
