-- Schema v21: every sortable column of the applications list has an index in the list's own
-- order, so that a page of any sort is a walk down an index from where the page starts,
-- instead of a sort of a million rows (ApplicationQuery). Each index ends in the id (the
-- rowid every index carries), the tie-breaker that keeps pages stable.

-- Lifecycle order, not alphabetical: the position of the status in Statuses::all() (a test
-- keeps the two equal). Computed from the status, so nothing can let it drift.
ALTER TABLE applications ADD COLUMN status_rank INTEGER GENERATED ALWAYS AS (CASE status
    WHEN 'applied' THEN 0 WHEN 'screening' THEN 1 WHEN 'interview_scheduled' THEN 2
    WHEN 'interviewed' THEN 3 WHEN 'qualified' THEN 4 WHEN 'not_qualified' THEN 5
    WHEN 'offered' THEN 6 WHEN 'waitlisted' THEN 7 WHEN 'offer_expired' THEN 8
    WHEN 'accepted' THEN 9 WHEN 'declined' THEN 10 WHEN 'enrolled' THEN 11
    WHEN 'deferred' THEN 12 WHEN 'withdrawn' THEN 13 WHEN 'active' THEN 14
    WHEN 'refund_requested' THEN 15 WHEN 'refunded' THEN 16 WHEN 'dropped' THEN 17
    WHEN 'graduated' THEN 18 WHEN 'job_search' THEN 19 WHEN 'placed' THEN 20
    WHEN 'not_seeking' THEN 21 END) VIRTUAL;

-- What the list shows of the cohort, the owner and the applicant's phone, copied onto the
-- application so that one index orders them: the names of other tables cannot be indexed
-- with the applications they sort. Read only by the list's order; kept by the triggers below
-- in the transaction that changes them, whoever writes (NULL: no cohort, no owner).
ALTER TABLE applications ADD COLUMN cohort_name TEXT;
ALTER TABLE applications ADD COLUMN owner_username TEXT COLLATE NOCASE;
ALTER TABLE applications ADD COLUMN applicant_phone TEXT;

UPDATE applications
SET cohort_name = (SELECT name FROM cohorts WHERE id = applications.cohort_id),
    owner_username = (SELECT username FROM staff_users WHERE id = applications.owner_id),
    applicant_phone = (SELECT phone_norm FROM applicants WHERE id = applications.applicant_id);

CREATE INDEX applications_status_rank ON applications(status_rank);
CREATE INDEX applications_cohort_name ON applications(cohort_name);
CREATE INDEX applications_owner_username ON applications(owner_username);
CREATE INDEX applications_applicant_phone ON applications(applicant_phone);
CREATE INDEX applications_score ON applications(score);
CREATE INDEX applications_status_changed_at ON applications(status_changed_at);

CREATE TRIGGER applications_sort_keys_new AFTER INSERT ON applications
BEGIN
    UPDATE applications
    SET cohort_name = (SELECT name FROM cohorts WHERE id = NEW.cohort_id),
        owner_username = (SELECT username FROM staff_users WHERE id = NEW.owner_id),
        applicant_phone = (SELECT phone_norm FROM applicants WHERE id = NEW.applicant_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER applications_sort_cohort AFTER UPDATE OF cohort_id ON applications
WHEN NEW.cohort_id IS NOT OLD.cohort_id
BEGIN
    UPDATE applications SET cohort_name = (SELECT name FROM cohorts WHERE id = NEW.cohort_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER applications_sort_owner AFTER UPDATE OF owner_id ON applications
WHEN NEW.owner_id IS NOT OLD.owner_id
BEGIN
    UPDATE applications SET owner_username = (SELECT username FROM staff_users WHERE id = NEW.owner_id)
    WHERE id = NEW.id;
END;

-- A merge moves applications to the surviving applicant.
CREATE TRIGGER applications_sort_applicant AFTER UPDATE OF applicant_id ON applications
WHEN NEW.applicant_id IS NOT OLD.applicant_id
BEGIN
    UPDATE applications
    SET applicant_phone = (SELECT phone_norm FROM applicants WHERE id = NEW.applicant_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER cohorts_sort_name AFTER UPDATE OF name ON cohorts
WHEN NEW.name IS NOT OLD.name
BEGIN
    UPDATE applications SET cohort_name = NEW.name WHERE cohort_id = NEW.id;
END;

CREATE TRIGGER staff_users_sort_username AFTER UPDATE OF username ON staff_users
WHEN NEW.username IS NOT OLD.username
BEGIN
    UPDATE applications SET owner_username = NEW.username WHERE owner_id = NEW.id;
END;

-- A phone is personal: an edit, a merge and an erasure blank or change it here too.
CREATE TRIGGER applicants_sort_phone AFTER UPDATE OF phone_norm ON applicants
WHEN NEW.phone_norm IS NOT OLD.phone_norm
BEGIN
    UPDATE applications SET applicant_phone = NEW.phone_norm WHERE applicant_id = NEW.id;
END;
