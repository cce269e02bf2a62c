#pragma once

#include "domain/money.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// One movement of money on an application's ledger: received (a deposit, an instalment) or
// paid back (a refund). Entries are only ever added.
struct Payment
{
    enum class Kind
    {
        Deposit,
        Instalment,
        Refund
    };
    enum class Method
    {
        Card,
        BankTransfer,
        Cash,
        Financing,
        Other
    };

    qint64 id = 0;
    qint64 applicationId = 0;
    Kind kind = Kind::Deposit;
    Money amount; // always positive: the kind says which way it went
    QDate paidOn;
    Method method = Method::BankTransfer;
    QString reference;       // the bank's or card processor's reference
    qint64 recordedById = 0; // 0: the desk itself (a refund computed on a move)
    QString recordedByUsername;
    QDateTime recordedAt;

    bool isRefund() const { return kind == Kind::Refund; }

    static QList<Kind> kinds();
    static QString machineName(Kind kind);
    static std::optional<Kind> kindFromMachineName(const QString &name);
    static QString displayName(Kind kind);
    static QString kindNameList(); // "deposit, instalment, refund"

    static QList<Method> methods();
    static QString machineName(Method method);
    static std::optional<Method> methodFromMachineName(const QString &name);
    static QString displayName(Method method);
    static QString methodNameList();
};

// What a seat in a cohort costs. The deposit is the part paid to enrol.
struct CohortFees
{
    qint64 cohortId = 0;
    QString currency = QStringLiteral("USD");
    qint64 priceCents = 0;
    qint64 depositCents = 0;

    Money price() const { return {priceCents, currency}; }
    Money deposit() const { return {depositCents, currency}; }
};

// An administrator's leave for one application to enrol without its deposit.
struct DepositWaiver
{
    qint64 applicationId = 0;
    QString reason;
    QString byUsername;
    QDateTime at;
};
