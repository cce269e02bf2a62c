#include "services/applicantmerge.h"

#include "audit/applicantaudit.h"
#include "audit/audittrail.h"
#include "db/transaction.h"
#include "domain/timestamp.h"
#include "domain/validation.h"
#include "repositories/activityrepository.h"
#include "repositories/applicantrepository.h"
#include "repositories/applicationrepository.h"
#include "services/applicantservice.h"
#include "services/authorization.h"

#include <algorithm>

namespace {
struct MergedField
{
    const char *name;
    const char *label;
    QString Applicant::*text; // nullptr: consent
};

// clang-format off
const MergedField Fields[] = {
    {"first_name", QT_TRANSLATE_NOOP("ApplicantMerge", "First name"), &Applicant::firstName},
    {"last_name", QT_TRANSLATE_NOOP("ApplicantMerge", "Last name"), &Applicant::lastName},
    {"email", QT_TRANSLATE_NOOP("ApplicantMerge", "Email"), &Applicant::email},
    {"phone", QT_TRANSLATE_NOOP("ApplicantMerge", "Phone"), &Applicant::phone},
    {"country", QT_TRANSLATE_NOOP("ApplicantMerge", "Country"), &Applicant::country},
    {"time_zone", QT_TRANSLATE_NOOP("ApplicantMerge", "Time zone"), &Applicant::timeZone},
    {"linkedin_url", QT_TRANSLATE_NOOP("ApplicantMerge", "LinkedIn"), &Applicant::linkedinUrl},
    {"github_url", QT_TRANSLATE_NOOP("ApplicantMerge", "GitHub"), &Applicant::githubUrl},
    {"portfolio_url", QT_TRANSLATE_NOOP("ApplicantMerge", "Portfolio"), &Applicant::portfolioUrl},
    {"source", QT_TRANSLATE_NOOP("ApplicantMerge", "Source"), &Applicant::source},
    {"campaign", QT_TRANSLATE_NOOP("ApplicantMerge", "Campaign"), &Applicant::campaign},
    {"referrer", QT_TRANSLATE_NOOP("ApplicantMerge", "Referrer"), &Applicant::referrer},
    {"consent", QT_TRANSLATE_NOOP("ApplicantMerge", "Consent to keep data"), nullptr},
    {"notes", QT_TRANSLATE_NOOP("ApplicantMerge", "Notes"), &Applicant::notes},
};
// clang-format on

const MergedField *fieldNamed(const QString &name)
{
    for (const MergedField &field : Fields) {
        if (name == QLatin1String(field.name))
            return &field;
    }
    return nullptr;
}

const QString Consent = QStringLiteral("consent");
const QString Notes = QStringLiteral("notes");
} // namespace

ApplicantMerge::ApplicantMerge(QString connectionName, Actor actor, const Clock &clock)
    : m_connection(std::move(connectionName)), m_actor(std::move(actor)), m_clock(clock)
{
}

QStringList ApplicantMerge::fieldNames()
{
    QStringList names;
    for (const MergedField &field : Fields)
        names << QString::fromLatin1(field.name);
    return names;
}

QString ApplicantMerge::fieldLabel(const QString &field)
{
    const MergedField *known = fieldNamed(field);
    return known ? tr(known->label) : field;
}

bool ApplicantMerge::joins(const QString &field)
{
    return field == Notes;
}

QString ApplicantMerge::valueText(const Applicant &applicant, const QString &field)
{
    const MergedField *known = fieldNamed(field);
    if (!known)
        return {};
    if (!known->text)
        return applicant.consent ? tr("yes") : tr("no");
    return applicant.*(known->text);
}

QString ApplicantMerge::displayName(const Applicant &applicant)
{
    return tr("%1 (applicant %2)").arg(applicant.fullName(), QString::number(applicant.id));
}

ApplicantMerge::Side ApplicantMerge::defaultSide(const Applicant &survivor,
                                                 const Applicant &duplicate, const QString &field)
{
    const MergedField *known = fieldNamed(field);
    if (!known || !known->text)
        return Side::Survivor; // consent is never assumed from the other record
    const QString kept = (survivor.*(known->text)).trimmed();
    const QString other = (duplicate.*(known->text)).trimmed();
    if (kept.isEmpty() && !other.isEmpty())
        return Side::Duplicate;
    if (joins(field) && !kept.isEmpty() && !other.isEmpty() && kept != other)
        return Side::Both;
    return Side::Survivor;
}

Applicant ApplicantMerge::combine(const Applicant &survivor, const Applicant &duplicate,
                                  const Choices &choices)
{
    Applicant merged = survivor;
    for (const MergedField &field : Fields) {
        const QString name = QString::fromLatin1(field.name);
        const Side side = choices.value(name, defaultSide(survivor, duplicate, name));
        if (!field.text) {
            merged.consent = side == Side::Duplicate ? duplicate.consent : survivor.consent;
            continue;
        }
        const QString &kept = survivor.*(field.text);
        const QString &other = duplicate.*(field.text);
        if (side == Side::Duplicate) {
            merged.*(field.text) = other;
        } else if (side == Side::Both && joins(name)) {
            // The survivor's notes first, then the duplicate's, a blank line between.
            if (kept.trimmed().isEmpty())
                merged.*(field.text) = other;
            else if (!other.trimmed().isEmpty() && kept.trimmed() != other.trimmed())
                merged.*(field.text) = kept + QStringLiteral("\n\n") + other;
        }
    }
    return merged;
}

Result<Applicant> ApplicantMerge::mergeable(qint64 id) const
{
    ApplicantRepository applicants(m_connection);
    const auto found = applicants.find(id);
    if (!found)
        return found.error();
    if (!found.value())
        return Error{tr("There is no applicant %1.").arg(id), {}};
    const Applicant &applicant = *found.value();
    if (applicant.isMerged()) {
        const auto survivor = applicants.find(applicant.mergedInto);
        if (!survivor)
            return survivor.error();
        const QString into = survivor.value() ? displayName(*survivor.value())
                                              : tr("applicant %1").arg(applicant.mergedInto);
        return Error{tr("Applicant %1 was merged into %2 already: merge %2 instead.")
                         .arg(QString::number(id), into),
                     {}};
    }
    if (applicant.isErased())
        return Error{
            tr("%1 was erased on %2 at a privacy request: an erased record is never "
               "merged.")
                .arg(displayName(applicant), Timestamp::formatDate(applicant.erasedAt.date())),
            {}};
    return applicant;
}

Result<ApplicantMerge::Plan> ApplicantMerge::prepare(qint64 survivorId, qint64 duplicateId,
                                                     const Choices &choices) const
{
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        if (!fieldNamed(it.key()))
            return Error{
                tr("\"%1\" is not a field a merge chooses; the fields are: %2.")
                    .arg(Validation::quoted(it.key()), fieldNames().join(QStringLiteral(", "))),
                {}};
        if (it.value() == Side::Both && !joins(it.key()))
            return Error{tr("%1: only the notes can keep both values.").arg(fieldLabel(it.key())),
                         {}};
    }
    const auto survivor = mergeable(survivorId);
    if (!survivor)
        return survivor.error();
    if (survivorId == duplicateId)
        return Error{tr("%1 cannot be merged into itself: choose two different applicants.")
                         .arg(displayName(survivor.value())),
                     {}};
    const auto duplicate = mergeable(duplicateId);
    if (!duplicate)
        return duplicate.error();

    Plan plan;
    plan.survivor = survivor.value();
    plan.duplicate = duplicate.value();
    for (const QString &field : fieldNames())
        plan.choices.insert(
            field, choices.value(field, defaultSide(plan.survivor, plan.duplicate, field)));
    plan.merged = combine(plan.survivor, plan.duplicate, plan.choices);
    if (const FieldErrors errors = ApplicantService::validate(plan.merged); !errors.isEmpty())
        return Error{tr("%1 would not be valid after the merge: %2")
                         .arg(displayName(plan.survivor), Validation::describe(errors)),
                     {}};
    const auto applications = ApplicationRepository(m_connection).forApplicant(duplicateId);
    if (!applications)
        return applications.error();
    plan.applications = int(applications->size());
    const auto activities = ActivityRepository(m_connection).forApplicant(duplicateId);
    if (!activities)
        return activities.error();
    plan.activities = int(activities->size());
    return plan;
}

Result<ApplicantMerge::Plan> ApplicantMerge::plan(qint64 survivorId, qint64 duplicateId,
                                                  const Choices &choices) const
{
    return prepare(survivorId, duplicateId, choices);
}

Result<ApplicantMerge::Plan> ApplicantMerge::merge(qint64 survivorId, qint64 duplicateId,
                                                   const Choices &choices)
{
    if (Status allowed = Authorization::require(m_connection, m_actor, Action::EditApplicants);
        !allowed)
        return allowed.error();
    Transaction transaction(m_connection);
    if (!transaction.isActive())
        return transaction.error();
    // Read inside the transaction: no other desk can change either record until it ends.
    auto prepared = prepare(survivorId, duplicateId, choices);
    if (!prepared)
        return prepared;
    Plan plan = prepared.value();
    const QDateTime now = m_clock.now();
    plan.merged.updatedAt = std::max(now, plan.survivor.updatedAt.addMSecs(1));

    const auto moving = ApplicationRepository(m_connection).forApplicant(duplicateId);
    if (!moving)
        return moving.error();

    // The tombstone first: it frees the duplicate's email (applicants.email_norm is unique)
    // before the survivor may take it.
    ApplicantRepository applicants(m_connection);
    if (Status marked = applicants.markMerged(duplicateId, survivorId, now); !marked)
        return marked.error();
    const auto applications =
        ApplicationRepository(m_connection).moveToApplicant(duplicateId, survivorId, now);
    if (!applications)
        return applications.error();
    const auto activities =
        ActivityRepository(m_connection).moveToApplicant(duplicateId, survivorId);
    if (!activities)
        return activities.error();
    plan.applications = applications.value();
    plan.activities = activities.value();
    // Also indexes every application of the survivor again, the moved ones with them.
    if (Status updated = applicants.update(plan.merged); !updated)
        return updated.error();

    AuditTrail trail(m_connection, m_actor, m_clock);
    const QString note = QStringLiteral("applicant %1 merged into applicant %2: %3 applications "
                                        "and %4 activities moved")
                             .arg(duplicateId)
                             .arg(survivorId)
                             .arg(plan.applications)
                             .arg(plan.activities);
    // The duplicate: every value it had, as its own personal value (erased with it), and whom
    // it was merged into.
    AuditEntry merged = ApplicantAudit::created(plan.duplicate);
    merged.action = QStringLiteral("merge");
    merged.field = QStringLiteral("merged_into");
    merged.oldValue = merged.newValue;
    merged.newValue = AuditValue::plain(QString::number(survivorId));
    merged.note = note;
    merged.at = now;
    // The survivor: whom it took in, then each field that changed, as an edit would record it.
    AuditEntry took(QStringLiteral("merge"), QStringLiteral("applicant"), survivorId);
    took.field = QStringLiteral("merged_from");
    took.newValue = AuditValue::plain(QString::number(duplicateId));
    took.note = note;
    took.at = now;
    QList<AuditEntry> entries{merged, took};
    for (AuditEntry change : ApplicantAudit::changes(plan.survivor, plan.merged)) {
        change.note = QStringLiteral("merge of applicant %1").arg(duplicateId);
        change.at = now;
        entries << change;
    }
    for (const Application &application : moving.value()) {
        AuditEntry moved(QStringLiteral("update"), QStringLiteral("application"), application.id);
        moved.field = QStringLiteral("applicant_id");
        moved.oldValue = AuditValue::plain(QString::number(duplicateId));
        moved.newValue = AuditValue::plain(QString::number(survivorId));
        moved.note = QStringLiteral("merge of applicant %1").arg(duplicateId);
        moved.at = now;
        entries << moved;
    }
    for (const AuditEntry &entry : entries) {
        if (Status recorded = trail.record(entry); !recorded)
            return recorded.error();
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return plan;
}
