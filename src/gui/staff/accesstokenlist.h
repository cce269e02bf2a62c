#pragma once

#include "domain/accesstokeninfo.h"
#include "domain/actor.h"
#include "domain/result.h"

#include <QList>
#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

// Every staff user's personal access tokens (what scripts sign in with), for an administrator:
// whose, what for, with which role limit, since when, and whether revoked; and revoking one.
// The tokens themselves are stored nowhere and never shown.
class AccessTokenList : public QWidget
{
    Q_OBJECT

public:
    AccessTokenList(QString connectionName, Actor actor, QWidget *parent = nullptr);

    Status refresh();

private:
    void revokeSelected();

    QString m_connection;
    Actor m_actor;
    QList<AccessTokenInfo> m_tokens;
    QTableWidget *m_table;
    QPushButton *m_revoke;
    QLabel *m_message;
};
