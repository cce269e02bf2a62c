#include "domain/payment.h"

#include "domain/namedvalues.h"

#include <QCoreApplication>

namespace {
struct KindInfo
{
    Payment::Kind value;
    const char *machineName;
    const char *displayName;
};

constexpr KindInfo Kinds[] = {
    {Payment::Kind::Deposit, "deposit", QT_TRANSLATE_NOOP("Payment", "Deposit")},
    {Payment::Kind::Instalment, "instalment", QT_TRANSLATE_NOOP("Payment", "Instalment")},
    {Payment::Kind::Refund, "refund", QT_TRANSLATE_NOOP("Payment", "Refund")},
};

struct MethodInfo
{
    Payment::Method value;
    const char *machineName;
    const char *displayName;
};

constexpr MethodInfo Methods[] = {
    {Payment::Method::Card, "card", QT_TRANSLATE_NOOP("Payment", "Card")},
    {Payment::Method::BankTransfer, "bank_transfer", QT_TRANSLATE_NOOP("Payment", "Bank transfer")},
    {Payment::Method::Cash, "cash", QT_TRANSLATE_NOOP("Payment", "Cash")},
    {Payment::Method::Financing, "financing", QT_TRANSLATE_NOOP("Payment", "Financing")},
    {Payment::Method::Other, "other", QT_TRANSLATE_NOOP("Payment", "Other")},
};
} // namespace

QList<Payment::Kind> Payment::kinds()
{
    return NamedValues::values(Kinds);
}

QString Payment::machineName(Kind kind)
{
    return QString::fromLatin1(NamedValues::rowOf(Kinds, kind).machineName);
}

std::optional<Payment::Kind> Payment::kindFromMachineName(const QString &name)
{
    return NamedValues::named(Kinds, name);
}

QString Payment::displayName(Kind kind)
{
    return QCoreApplication::translate("Payment", NamedValues::rowOf(Kinds, kind).displayName);
}

QString Payment::kindNameList()
{
    return NamedValues::machineNameList(Kinds);
}

QList<Payment::Method> Payment::methods()
{
    return NamedValues::values(Methods);
}

QString Payment::machineName(Method method)
{
    return QString::fromLatin1(NamedValues::rowOf(Methods, method).machineName);
}

std::optional<Payment::Method> Payment::methodFromMachineName(const QString &name)
{
    return NamedValues::named(Methods, name);
}

QString Payment::displayName(Method method)
{
    return QCoreApplication::translate("Payment", NamedValues::rowOf(Methods, method).displayName);
}

QString Payment::methodNameList()
{
    return NamedValues::machineNameList(Methods);
}
