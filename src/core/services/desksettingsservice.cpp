#include "services/desksettingsservice.h"

#include "audit/audittrail.h"
#include "db/transaction.h"
#include "repositories/desksettingsrepository.h"
#include "services/authorization.h"

DeskSettingsService::DeskSettingsService(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

Result<QTimeZone> DeskSettingsService::timeZone() const
{
    auto stored = DeskSettingsRepository(m_connection).value(DeskSettingsRepository::timeZoneKey());
    if (!stored)
        return stored.error();
    const QTimeZone zone(stored.value().value_or(QString()).toUtf8());
    return zone.isValid() ? zone : QTimeZone::utc();
}

Result<DeskCalendar> DeskSettingsService::calendar() const
{
    auto zone = timeZone();
    if (!zone)
        return zone.error();
    return DeskCalendar(zone.value(), m_clock);
}

Result<QDate> DeskSettingsService::today(const QString &connectionName, const Clock &clock)
{
    auto calendar = DeskSettingsService(connectionName, Actor::desk(), clock).calendar();
    if (!calendar)
        return calendar.error();
    return calendar->today();
}

Status DeskSettingsService::setTimeZone(const QString &ianaId)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageDeskSettings);
        !allowed)
        return allowed;
    const auto id = checkedZone(ianaId);
    if (!id)
        return id.error();
    return save(DeskSettingsRepository::timeZoneKey(), id.value());
}

Result<QString> DeskSettingsService::checkedZone(const QString &ianaId)
{
    const QString id = ianaId.trimmed();
    if (!QTimeZone::isTimeZoneIdAvailable(id.toUtf8()))
        return Error{tr("time zone: \"%1\" is not a time zone this computer knows; give an IANA "
                        "name such as Europe/Berlin or Asia/Tokyo.")
                         .arg(id),
                     {}};
    return id;
}

Result<QTimeZone> DeskSettingsService::formTimeZone(const QString &source) const
{
    auto stored =
        DeskSettingsRepository(m_connection).value(DeskSettingsRepository::formTimeZoneKey(source));
    if (!stored)
        return stored.error();
    // Unset, or a zone this computer does not know: the bootcamp's. (An empty id would make
    // QTimeZone's default, UTC.)
    const QString id = stored.value().value_or(QString());
    const QTimeZone zone(id.toUtf8());
    return !id.isEmpty() && zone.isValid() ? Result<QTimeZone>(zone) : timeZone();
}

Status DeskSettingsService::setFormTimeZone(const QString &source, const QString &ianaId)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageDeskSettings);
        !allowed)
        return allowed;
    if (source.trimmed().isEmpty())
        return Error{tr("form: name the form's source, such as \"Gravity Forms\"."), {}};
    const auto id = checkedZone(ianaId);
    if (!id)
        return id.error();
    return save(DeskSettingsRepository::formTimeZoneKey(source.trimmed()), id.value());
}

Result<bool> DeskSettingsService::deferralKeepsQualificationTime() const
{
    auto stored = DeskSettingsRepository(m_connection)
                      .value(DeskSettingsRepository::deferralKeepsQualificationTimeKey());
    if (!stored)
        return stored.error();
    return stored.value().value_or(QStringLiteral("true")) != QLatin1String("false");
}

Status DeskSettingsService::setDeferralKeepsQualificationTime(bool keeps)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::ManageDeskSettings);
        !allowed)
        return allowed;
    return save(DeskSettingsRepository::deferralKeepsQualificationTimeKey(),
                keeps ? QStringLiteral("true") : QStringLiteral("false"));
}

Status DeskSettingsService::save(const QString &key, const QString &value)
{
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    DeskSettingsRepository settings(m_connection);
    auto before = settings.value(key);
    if (!before)
        return before.error();
    if (before.value() == value)
        return {};
    if (Status saved = settings.setValue(key, value); !saved)
        return saved;
    AuditEntry entry(QStringLiteral("update"), QStringLiteral("settings"));
    entry.field = key;
    entry.oldValue = before.value() ? AuditValue::plain(*before.value()) : AuditValue::none();
    entry.newValue = AuditValue::plain(value);
    if (Status recorded = AuditTrail(m_connection, m_actor, m_clock).record(entry); !recorded)
        return recorded;
    return transaction.commit();
}
