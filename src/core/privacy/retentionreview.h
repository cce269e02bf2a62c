#pragma once

#include "db/sql.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

// The retention policy and who is due under it: people who did not consent to keeping their
// data, are not erased yet, and whose applications have all closed (reached a status with no
// way on: not qualified, declined, withdrawn, refunded, dropped, placed, not seeking) more than
// the policy's days ago.
class RetentionReview
{
    Q_DECLARE_TR_FUNCTIONS(RetentionReview)

public:
    struct Due
    {
        qint64 applicantId = 0;
        QString name;
        QDateTime lastClosedAt; // when their last application closed
    };

    static constexpr int MinimumDays = 1;
    static constexpr int MaximumDays = 36500;

    explicit RetentionReview(QString connectionName) : m_sql(std::move(connectionName)) {}

    // How many days a person is kept after their last application closed.
    Result<int> keepDays() const;
    // Changes the policy; PrivacyService asks and records.
    Status setKeepDays(int days);
    // Everyone due on `now`, longest closed first.
    Result<QList<Due>> due(const QDateTime &now) const;

private:
    Sql m_sql;
};
