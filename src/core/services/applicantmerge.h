#pragma once

#include "domain/actor.h"
#include "domain/applicant.h"
#include "domain/clock.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

// Merges two applicant records of one person (two emails, a typo, the web form filled twice):
// the duplicate into the survivor, field by field. In one transaction, after asking the
// permission table for EditApplicants: the survivor takes the chosen values, the duplicate's
// applications and activities move to the survivor (and are indexed under the survivor), and
// the duplicate becomes a tombstone that names the survivor (ApplicantRepository::markMerged).
//
// The duplicate's row is kept, never deleted: its id appears in the audit trail's personal
// values, which can only leave the file by an erase of that id (PersonErasure erases the
// records merged into the person it erases), and a deleted id could be given to the next
// applicant, who would inherit the duplicate's history. Its values are blanked in the row and
// kept in the audit trail: the merge's record of the duplicate holds all of them, as a personal
// value of the duplicate's.
class ApplicantMerge
{
    Q_DECLARE_TR_FUNCTIONS(ApplicantMerge)

public:
    // Whose value the survivor keeps. Both: the two notes one after the other (notes only).
    enum class Side
    {
        Survivor,
        Duplicate,
        Both
    };
    // By field machine name (fieldNames()); a field not listed takes defaultSide().
    using Choices = QHash<QString, Side>;

    // The fields a merge chooses, in the order of the panel: first_name, last_name, email,
    // phone, country, time_zone, linkedin_url, github_url, portfolio_url, source, campaign,
    // referrer, consent, notes.
    static QStringList fieldNames();
    static QString fieldLabel(const QString &field);
    // Whether the field takes Side::Both (notes).
    static bool joins(const QString &field);
    // A field's value as text: consent reads "yes" or "no".
    static QString valueText(const Applicant &applicant, const QString &field);
    // "Ada Lovelace (applicant 12)": how messages name an applicant.
    static QString displayName(const Applicant &applicant);

    // The survivor's value, or the duplicate's when the survivor's is empty. Notes: both when
    // both have text (a staff member's notes about each record are worth keeping, and joining
    // loses nothing; one side can still be chosen). Consent: the survivor's, never assumed
    // from the other record (choosing the duplicate's is an explicit choice).
    static Side defaultSide(const Applicant &survivor, const Applicant &duplicate,
                            const QString &field);
    // The survivor as it reads after the merge (its id and updatedAt kept).
    static Applicant combine(const Applicant &survivor, const Applicant &duplicate,
                             const Choices &choices);

    struct Plan
    {
        Applicant survivor;   // as stored
        Applicant duplicate;  // as stored
        Choices choices;      // every field
        Applicant merged;     // the survivor after the merge
        int applications = 0; // of the duplicate's, moving to the survivor
        int activities = 0;
    };

    ApplicantMerge(QString connectionName, Actor actor, const Clock &clock = Clock::system());

    // What a merge would do, without writing: refuses what merge() refuses.
    Result<Plan> plan(qint64 survivorId, qint64 duplicateId, const Choices &choices = {}) const;
    // Merges; the plan as carried out. Refuses an applicant merged into itself, an unknown,
    // erased or already merged applicant, a merged record that is not valid (notes too long),
    // and anyone the permission table does not let edit applicants.
    Result<Plan> merge(qint64 survivorId, qint64 duplicateId, const Choices &choices = {});

private:
    Result<Plan> prepare(qint64 survivorId, qint64 duplicateId, const Choices &choices) const;
    Result<Applicant> mergeable(qint64 id) const;

    QString m_connection;
    Actor m_actor;
    const Clock &m_clock;
};
