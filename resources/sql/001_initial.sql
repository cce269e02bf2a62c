-- Admissions Desk schema v1: the whole domain of PRODUCT.md.
-- Times are UTC ISO 8601 text with milliseconds ("2026-11-24T09:03:02.123Z"), so text order
-- is time order; calendar dates are "YYYY-MM-DD".
-- Statements end with a semicolon at the end of a line (see MigrationScript).

CREATE TABLE staff_users (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(username)) > 0),
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('administrator', 'admissions_officer', 'read_only')),
    password_hash TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at    TEXT NOT NULL
);

CREATE TABLE tracks (
    id     INTEGER PRIMARY KEY,
    code   TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(code)) > 0),
    name   TEXT NOT NULL CHECK (length(trim(name)) > 0),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE cohorts (
    id              INTEGER PRIMARY KEY,
    track_id        INTEGER NOT NULL REFERENCES tracks(id),
    name            TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    starts_on       TEXT NOT NULL,
    ends_on         TEXT NOT NULL CHECK (ends_on >= starts_on),
    capacity        INTEGER NOT NULL CHECK (capacity >= 0),
    offer_hold_days INTEGER NOT NULL DEFAULT 7 CHECK (offer_hold_days > 0),
    refund_window_days INTEGER NOT NULL DEFAULT 14 CHECK (refund_window_days >= 0),
    state           TEXT NOT NULL DEFAULT 'open'
                    CHECK (state IN ('draft', 'open', 'full', 'started', 'completed', 'cancelled'))
);
CREATE INDEX cohorts_track ON cohorts(track_id, starts_on);

-- Pro-rata refund after the money-back window: from day N after the start, P percent.
CREATE TABLE refund_schedule (
    cohort_id      INTEGER NOT NULL REFERENCES cohorts(id) ON DELETE CASCADE,
    from_day       INTEGER NOT NULL CHECK (from_day >= 0),
    refund_percent INTEGER NOT NULL CHECK (refund_percent BETWEEN 0 AND 100),
    PRIMARY KEY (cohort_id, from_day)
) WITHOUT ROWID;

CREATE TABLE applicants (
    id            INTEGER PRIMARY KEY,
    first_name    TEXT NOT NULL CHECK (length(trim(first_name)) > 0),
    last_name     TEXT NOT NULL CHECK (length(trim(last_name)) > 0),
    email         TEXT NOT NULL,
    email_norm    TEXT NOT NULL UNIQUE,      -- trimmed, lower case: the duplicate key
    phone         TEXT NOT NULL DEFAULT '',
    phone_norm    TEXT NOT NULL DEFAULT '',  -- digits only, with a leading + kept
    country       TEXT NOT NULL DEFAULT '',
    time_zone     TEXT NOT NULL DEFAULT '',  -- IANA name, e.g. Europe/Berlin
    linkedin_url  TEXT NOT NULL DEFAULT '',
    github_url    TEXT NOT NULL DEFAULT '',
    portfolio_url TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    campaign      TEXT NOT NULL DEFAULT '',
    referrer      TEXT NOT NULL DEFAULT '',
    consent       INTEGER NOT NULL DEFAULT 0 CHECK (consent IN (0, 1)),
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL
);
CREATE INDEX applicants_last_name ON applicants(last_name COLLATE NOCASE, first_name COLLATE NOCASE);
CREATE INDEX applicants_phone_norm ON applicants(phone_norm) WHERE phone_norm <> '';

CREATE TABLE mentors (
    id                 INTEGER PRIMARY KEY,
    name               TEXT NOT NULL CHECK (length(trim(name)) > 0),
    email              TEXT NOT NULL,
    email_norm         TEXT NOT NULL UNIQUE,
    time_zone          TEXT NOT NULL DEFAULT '',
    weekly_slots       INTEGER NOT NULL DEFAULT 0 CHECK (weekly_slots >= 0),
    max_active_mentees INTEGER NOT NULL CHECK (max_active_mentees >= 0),
    active             INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE mentor_tracks (
    mentor_id INTEGER NOT NULL REFERENCES mentors(id) ON DELETE CASCADE,
    track_id  INTEGER NOT NULL REFERENCES tracks(id),
    PRIMARY KEY (mentor_id, track_id)
) WITHOUT ROWID;
CREATE INDEX mentor_tracks_track ON mentor_tracks(track_id);

CREATE TABLE applications (
    id                INTEGER PRIMARY KEY,
    applicant_id      INTEGER NOT NULL REFERENCES applicants(id),
    track_id          INTEGER NOT NULL REFERENCES tracks(id),
    cohort_id         INTEGER REFERENCES cohorts(id),
    status            TEXT NOT NULL CHECK (status IN (
        'applied', 'screening', 'interview_scheduled', 'interviewed',
        'qualified', 'not_qualified',
        'offered', 'waitlisted', 'offer_expired',
        'accepted', 'declined', 'enrolled', 'deferred', 'withdrawn',
        'active', 'refund_requested', 'refunded', 'dropped', 'graduated',
        'job_search', 'placed', 'not_seeking')),
    applied_at        TEXT NOT NULL,
    qualified_at      TEXT,
    status_changed_at TEXT NOT NULL,
    owner_id          INTEGER REFERENCES staff_users(id),
    score             INTEGER CHECK (score BETWEEN 0 AND 100),
    decision_reason   TEXT NOT NULL DEFAULT '',
    offer_expires_at  TEXT,
    payment_state     TEXT NOT NULL DEFAULT 'none'
                      CHECK (payment_state IN ('none', 'deposit_paid', 'paid_in_full', 'refunded')),
    job_search_started_on TEXT,
    placement_outcome TEXT CHECK (placement_outcome IN (
        'in_field_full_time', 'in_field_part_time_contract', 'out_of_field',
        'still_seeking', 'not_seeking', 'not_reporting')),
    placement_on      TEXT,
    updated_at        TEXT NOT NULL
);
CREATE INDEX applications_applicant ON applications(applicant_id);
CREATE INDEX applications_status ON applications(status);
CREATE INDEX applications_track ON applications(track_id);
CREATE INDEX applications_owner ON applications(owner_id);
CREATE INDEX applications_applied_at ON applications(applied_at);
-- Seat counting and the first-come-first-served waitlist order of one cohort.
CREATE INDEX applications_cohort_queue
    ON applications(cohort_id, status, qualified_at, applied_at, id);
CREATE INDEX applications_offer_expiry ON applications(offer_expires_at)
    WHERE status = 'offered';

-- Append-only: rows are never updated or deleted.
CREATE TABLE status_events (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    from_status    TEXT,
    to_status      TEXT NOT NULL,
    at             TEXT NOT NULL,
    by_user_id     INTEGER REFERENCES staff_users(id),  -- NULL: the desk itself (expiry, promotion)
    reason         TEXT NOT NULL DEFAULT '',
    cause          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX status_events_application ON status_events(application_id, id);

CREATE TABLE mentor_assignments (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    mentor_id      INTEGER NOT NULL REFERENCES mentors(id),
    state          TEXT NOT NULL CHECK (state IN ('proposed', 'active', 'ended')),
    created_at     TEXT NOT NULL,
    started_at     TEXT,
    ended_at       TEXT,
    by_user_id     INTEGER REFERENCES staff_users(id)
);
CREATE INDEX mentor_assignments_mentor ON mentor_assignments(mentor_id, state);
CREATE INDEX mentor_assignments_application ON mentor_assignments(application_id);
-- At most one current (proposed or active) mentor per application.
CREATE UNIQUE INDEX mentor_assignments_current
    ON mentor_assignments(application_id) WHERE state <> 'ended';

CREATE TABLE activities (
    id             INTEGER PRIMARY KEY,
    applicant_id   INTEGER NOT NULL REFERENCES applicants(id),
    application_id INTEGER REFERENCES applications(id),
    kind           TEXT NOT NULL CHECK (kind IN ('call', 'email', 'meeting', 'interview', 'note')),
    at             TEXT NOT NULL,
    by_user_id     INTEGER REFERENCES staff_users(id),
    summary        TEXT NOT NULL DEFAULT '',
    rubric_score   INTEGER CHECK (rubric_score BETWEEN 0 AND 100)
);
CREATE INDEX activities_applicant ON activities(applicant_id, at);
