#include "repositories/paymentrepository.h"

#include "domain/timestamp.h"

Result<std::optional<CohortFees>> PaymentRepository::fees(qint64 cohortId) const
{
    return m_sql.row<CohortFees>(
        QStringLiteral("SELECT cohort_id, currency, price_cents, deposit_cents FROM cohort_fees "
                       "WHERE cohort_id = ?"),
        {cohortId}, [](const QSqlQuery &q) {
            return CohortFees{q.value(0).toLongLong(), q.value(1).toString(),
                              q.value(2).toLongLong(), q.value(3).toLongLong()};
        });
}

Status PaymentRepository::setFees(const CohortFees &fees)
{
    auto done = m_sql.exec(
        QStringLiteral("INSERT INTO cohort_fees (cohort_id, currency, price_cents, deposit_cents) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (cohort_id) DO UPDATE SET "
                       "currency = excluded.currency, price_cents = excluded.price_cents, "
                       "deposit_cents = excluded.deposit_cents"),
        {fees.cohortId, fees.currency, fees.priceCents, fees.depositCents});
    if (!done)
        return done.error();
    return {};
}

Result<qint64> PaymentRepository::insert(const Payment &payment)
{
    return m_sql.insert(
        QStringLiteral("INSERT INTO payments (application_id, kind, amount_cents, currency, "
                       "paid_on, method, reference, recorded_by, recorded_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {payment.applicationId, Payment::machineName(payment.kind), payment.amount.cents,
         payment.amount.currency, Timestamp::formatDate(payment.paidOn),
         Payment::machineName(payment.method), payment.reference.trimmed(),
         Sql::idOrNull(payment.recordedById), Timestamp::format(payment.recordedAt)});
}

Result<QList<Payment>> PaymentRepository::payments(qint64 applicationId) const
{
    return m_sql.rows<Payment>(
        QStringLiteral("SELECT p.id, p.application_id, p.kind, p.amount_cents, p.currency, "
                       "p.paid_on, p.method, p.reference, p.recorded_by, "
                       "coalesce(u.username, ''), p.recorded_at "
                       "FROM payments p LEFT JOIN staff_users u ON u.id = p.recorded_by "
                       "WHERE p.application_id = ? ORDER BY p.id"),
        {applicationId}, [](const QSqlQuery &q) {
            Payment p;
            p.id = q.value(0).toLongLong();
            p.applicationId = q.value(1).toLongLong();
            p.kind = Payment::kindFromMachineName(q.value(2).toString())
                         .value_or(Payment::Kind::Instalment);
            p.amount = {q.value(3).toLongLong(), q.value(4).toString()};
            p.paidOn = Timestamp::parseDate(q.value(5).toString());
            p.method = Payment::methodFromMachineName(q.value(6).toString())
                           .value_or(Payment::Method::Other);
            p.reference = q.value(7).toString();
            p.recordedById = q.value(8).toLongLong();
            p.recordedByUsername = q.value(9).toString();
            p.recordedAt = Timestamp::parse(q.value(10).toString());
            return p;
        });
}

Result<QList<qint64>> PaymentRepository::applicationsWithPayments(qint64 cohortId) const
{
    return m_sql.rows<qint64>(QStringLiteral("SELECT DISTINCT p.application_id FROM payments p "
                                             "JOIN applications a ON a.id = p.application_id "
                                             "WHERE a.cohort_id = ?"),
                              {cohortId},
                              [](const QSqlQuery &q) { return q.value(0).toLongLong(); });
}

Result<QHash<qint64, qint64>> PaymentRepository::paidOf(const QList<qint64> &applicationIds) const
{
    QStringList marks;
    QVariantList values;
    for (qint64 id : applicationIds) {
        marks << QStringLiteral("?");
        values << id;
    }
    auto query = m_sql.select(
        QStringLiteral("SELECT application_id, total(CASE kind WHEN 'refund' THEN -amount_cents "
                       "ELSE amount_cents END) FROM payments WHERE application_id IN (%1) "
                       "GROUP BY application_id")
            .arg(marks.join(QLatin1Char(','))),
        values);
    if (!query)
        return query.error();
    QHash<qint64, qint64> paid;
    while (query.value().next())
        paid.insert(query.value().value(0).toLongLong(), qint64(query.value().value(1).toDouble()));
    if (Status all = Sql::finished(query.value()); !all)
        return all.error();
    return paid;
}

Status PaymentRepository::insertWaiver(const DepositWaiver &waiver, qint64 byUserId)
{
    auto done = m_sql.exec(QStringLiteral("INSERT INTO deposit_waivers (application_id, reason, "
                                          "by_user_id, at) VALUES (?, ?, ?, ?)"),
                           {waiver.applicationId, waiver.reason.trimmed(), Sql::idOrNull(byUserId),
                            Timestamp::format(waiver.at)});
    if (!done)
        return done.error();
    return {};
}

Result<std::optional<DepositWaiver>> PaymentRepository::waiver(qint64 applicationId) const
{
    return m_sql.row<DepositWaiver>(
        QStringLiteral("SELECT w.application_id, w.reason, coalesce(u.username, ''), w.at "
                       "FROM deposit_waivers w LEFT JOIN staff_users u ON u.id = w.by_user_id "
                       "WHERE w.application_id = ?"),
        {applicationId}, [](const QSqlQuery &q) {
            return DepositWaiver{q.value(0).toLongLong(), q.value(1).toString(),
                                 q.value(2).toString(), Timestamp::parse(q.value(3).toString())};
        });
}

Status PaymentRepository::setPaymentState(qint64 applicationId, const QString &state)
{
    auto done = m_sql.exec(QStringLiteral("UPDATE applications SET payment_state = ? WHERE id = ? "
                                          "AND payment_state <> ?"),
                           {state, applicationId, state});
    if (!done)
        return done.error();
    return {};
}
