#include "staff/accesstokenlist.h"

#include "domain/staffrole.h"
#include "services/staffservice.h"
#include "widgets/readonlytable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AccessTokenList::AccessTokenList(QString connectionName, Actor actor, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connectionName)), m_actor(std::move(actor)),
      m_table(new ReadOnlyTable(
          {tr("Owner"), tr("Name"), tr("Role limit"), tr("Created"), tr("Status")},
          QStringLiteral("accessTokens"), tr("Access tokens"), this)),
      m_revoke(new QPushButton(tr("Re&voke"), this)), m_message(new QLabel(this))
{
    m_table->setObjectName(QStringLiteral("tokenTable"));
    m_revoke->setObjectName(QStringLiteral("revokeToken"));
    m_message->setObjectName(QStringLiteral("tokenMessage"));
    m_message->setWordWrap(true);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *explanation =
        new QLabel(tr("Scripts sign in with personal access tokens, made on the command line. "
                      "A token is shown once, when it is made, and stored nowhere; a revoked "
                      "token stops working at once."),
                   this);
    explanation->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_revoke);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_revoke, &QPushButton::clicked, this, &AccessTokenList::revokeSelected);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        m_revoke->setEnabled(row >= 0 && row < m_tokens.size() &&
                             !m_tokens.at(row).revokedAt.isValid());
    });
    if (const Status read = refresh(); !read)
        m_message->setText(read.error().text());
}

Status AccessTokenList::refresh()
{
    const auto tokens = StaffService(m_connection, m_actor).tokens(0);
    if (!tokens)
        return tokens.error();
    m_tokens = tokens.value();
    m_table->setRowCount(int(m_tokens.size()));
    const QLocale locale;
    for (int row = 0; row < m_tokens.size(); ++row) {
        const AccessTokenInfo &token = m_tokens.at(row);
        const QStringList cells{
            token.ownerUsername, token.name,
            token.roleLimit ? StaffRoles::displayName(*token.roleLimit) : tr("Owner's role"),
            locale.toString(token.createdAt.toLocalTime(), QLocale::ShortFormat),
            token.revokedAt.isValid()
                ? tr("Revoked %1")
                      .arg(locale.toString(token.revokedAt.toLocalTime(), QLocale::ShortFormat))
                : tr("Works")};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    m_table->setCurrentCell(m_tokens.isEmpty() ? -1 : 0, 0);
    m_revoke->setEnabled(!m_tokens.isEmpty() && !m_tokens.first().revokedAt.isValid());
    return {};
}

void AccessTokenList::revokeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_tokens.size())
        return;
    const AccessTokenInfo token = m_tokens.at(row);
    const Status revoked = StaffService(m_connection, m_actor).revokeToken(token.id);
    if (const Status read = refresh(); !read) {
        m_message->setText(read.error().text());
        return;
    }
    m_message->setText(
        revoked ? tr("The token %1 of %2 is revoked.").arg(token.name, token.ownerUsername)
                : revoked.error().text());
}
