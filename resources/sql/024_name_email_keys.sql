-- Schema v24: the applicant's name and email copied onto the application, as v21 copied the
-- phone, so that the list sorted by name or by email walks an index of applications alone:
-- without the copies, a page in the middle and the pass that records the list's anchors join
-- every application to its applicant.
--
-- The name stays two columns, last then first, each compared without case as the list always
-- compared them: a copy is its source unchanged, so the triggers, `check` and the tests compare
-- it with a plain IS NOT, and no encoding of two names in one (a separator that must sort below
-- every character a name can hold) has to agree between the writers and the SQL. Ties are
-- broken by the application's id, the rowid the index ends in.
--
-- These copies are personal like the phone's: an edit, a merge and an erasure change or blank
-- them in the same statement as the applicant (applicants_sort_name, applicants_sort_email).
ALTER TABLE applications ADD COLUMN applicant_last_name TEXT COLLATE NOCASE;
ALTER TABLE applications ADD COLUMN applicant_first_name TEXT COLLATE NOCASE;
ALTER TABLE applications ADD COLUMN applicant_email TEXT;

UPDATE applications
SET (applicant_last_name, applicant_first_name, applicant_email) =
    (SELECT last_name, first_name, email_norm FROM applicants WHERE id = applications.applicant_id);

CREATE INDEX applications_applicant_name
    ON applications(applicant_last_name, applicant_first_name);
CREATE INDEX applications_applicant_email ON applications(applicant_email);

-- v23's trigger, with the new copies: the desk's writers put them in their INSERT; another
-- program's row gets them here. One look-up of the applicant compares all four of its copies.
DROP TRIGGER applications_sort_keys_new;

CREATE TRIGGER applications_sort_keys_new AFTER INSERT ON applications
WHEN NEW.cohort_name COLLATE BINARY IS NOT (SELECT name FROM cohorts WHERE id = NEW.cohort_id)
    OR NEW.owner_username COLLATE BINARY IS NOT
        (SELECT username FROM staff_users WHERE id = NEW.owner_id)
    OR (NEW.applicant_phone, NEW.applicant_last_name COLLATE BINARY,
        NEW.applicant_first_name COLLATE BINARY, NEW.applicant_email) IS NOT
        (SELECT phone_norm, last_name, first_name, email_norm FROM applicants
         WHERE id = NEW.applicant_id)
BEGIN
    UPDATE applications
    SET cohort_name = (SELECT name FROM cohorts WHERE id = NEW.cohort_id),
        owner_username = (SELECT username FROM staff_users WHERE id = NEW.owner_id),
        (applicant_phone, applicant_last_name, applicant_first_name, applicant_email) =
            (SELECT phone_norm, last_name, first_name, email_norm FROM applicants
             WHERE id = NEW.applicant_id)
    WHERE id = NEW.id;
END;

-- A merge moves applications to the surviving applicant.
DROP TRIGGER applications_sort_applicant;

CREATE TRIGGER applications_sort_applicant AFTER UPDATE OF applicant_id ON applications
WHEN NEW.applicant_id IS NOT OLD.applicant_id
BEGIN
    UPDATE applications
    SET (applicant_phone, applicant_last_name, applicant_first_name, applicant_email) =
        (SELECT phone_norm, last_name, first_name, email_norm FROM applicants
         WHERE id = NEW.applicant_id)
    WHERE id = NEW.id;
END;

-- Exact comparisons: a name whose case alone changes sorts the same, but the copy is the name.
CREATE TRIGGER applicants_sort_name AFTER UPDATE OF last_name, first_name ON applicants
WHEN NEW.last_name IS NOT OLD.last_name OR NEW.first_name IS NOT OLD.first_name
BEGIN
    UPDATE applications SET applicant_last_name = NEW.last_name,
                            applicant_first_name = NEW.first_name
    WHERE applicant_id = NEW.id;
END;

CREATE TRIGGER applicants_sort_email AFTER UPDATE OF email_norm ON applicants
WHEN NEW.email_norm IS NOT OLD.email_norm
BEGIN
    UPDATE applications SET applicant_email = NEW.email_norm WHERE applicant_id = NEW.id;
END;
