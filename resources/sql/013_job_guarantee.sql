-- Schema v13: the job guarantee.

-- Each cohort's guarantee: how many days the job search is covered from the day it began, and
-- the conditions a graduate keeps to stay eligible: a job-search check-in every week, and at
-- least this many job applications sent in a week (0: no minimum).
ALTER TABLE cohorts ADD COLUMN guarantee_days INTEGER NOT NULL DEFAULT 180
    CHECK (guarantee_days BETWEEN 1 AND 3650);
ALTER TABLE cohorts ADD COLUMN guarantee_weekly_check_in INTEGER NOT NULL DEFAULT 1
    CHECK (guarantee_weekly_check_in IN (0, 1));
ALTER TABLE cohorts ADD COLUMN guarantee_min_applications INTEGER NOT NULL DEFAULT 0
    CHECK (guarantee_min_applications BETWEEN 0 AND 1000);

-- The facts of a placement beside its outcome (placement_outcome) and start date
-- (placement_on): the employer, the job title and, when the graduate tells it, the annual
-- salary in whole units of the bootcamp's currency.
ALTER TABLE applications ADD COLUMN placement_employer TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN placement_job_title TEXT NOT NULL DEFAULT '';
ALTER TABLE applications ADD COLUMN placement_salary INTEGER CHECK (placement_salary >= 0);

-- Activities take two new kinds: a graduate's weekly job-search check-in, with the number of
-- job applications they sent that week, and a 1:1 call with a mentor, naming the mentor.
-- SQLite cannot change a CHECK constraint, so the table is made again. interviews.activity_id
-- refers to it, and foreign keys stay on inside the upgrade's transaction: the rows wait in a
-- temporary copy while the table is dropped and made again under its own name, and the
-- deferred check at the commit finds every interview's activity back.
PRAGMA defer_foreign_keys = ON;
CREATE TEMP TABLE activities_before_v13 AS SELECT * FROM activities;
DROP TABLE activities;
CREATE TABLE activities (
    id               INTEGER PRIMARY KEY,
    applicant_id     INTEGER NOT NULL REFERENCES applicants(id),
    application_id   INTEGER REFERENCES applications(id),
    kind             TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'interview', 'note',
                                                   'job_search_check_in', 'mentor_call')),
    at               TEXT NOT NULL,
    by_user_id       INTEGER REFERENCES staff_users(id),
    summary          TEXT NOT NULL DEFAULT '',
    rubric_score     INTEGER CHECK (rubric_score BETWEEN 0 AND 100),
    job_applications INTEGER CHECK (job_applications >= 0),  -- check-ins only
    mentor_id        INTEGER REFERENCES mentors(id)           -- mentor calls only
);
INSERT INTO activities (id, applicant_id, application_id, kind, at, by_user_id, summary,
                        rubric_score)
    SELECT id, applicant_id, application_id, kind, at, by_user_id, summary, rubric_score
    FROM temp.activities_before_v13;
DROP TABLE temp.activities_before_v13;
CREATE INDEX activities_applicant ON activities(applicant_id, at);
-- One application's check-ins, week by week.
CREATE INDEX activities_application_kind ON activities(application_id, kind, at);
-- The job searches whose guarantee period may have ended.
CREATE INDEX applications_job_search ON applications(job_search_started_on)
    WHERE status = 'job_search';
