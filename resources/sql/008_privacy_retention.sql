-- Schema v8: what a privacy erase needs besides the erasure log of v7.
-- Each erasure also names its person by the time they were registered, so that a restore that
-- applies the log again to an older backup erases the same person, never another one who came
-- to hold the same id after an earlier restore.
ALTER TABLE erasures ADD COLUMN applicant_created_at TEXT;

-- How long a person who did not consent to keeping their data is kept after their last
-- application closed: one row, changed by administrators only (PrivacyService).
CREATE TABLE retention_policy (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    keep_days INTEGER NOT NULL CHECK (keep_days BETWEEN 1 AND 36500)
);
INSERT INTO retention_policy (id, keep_days) VALUES (1, 730);
