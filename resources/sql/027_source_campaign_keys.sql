-- Schema v27: the applicant's source and campaign copied onto the application, as v24 copied
-- the name and the email, so that the sources report (and any report by source or campaign)
-- reads the applications alone: joining every application to its applicant cost seconds on a
-- million applications, and even a scan of the applications is slow because their rows are
-- wide. The index below holds all that the sources report and the funnel by source or by
-- campaign read (the stage and the status), so that they walk it alone: without the status
-- the funnel walked it in order and read each row from the table, three times slower than the
-- join.
--
-- A copy is its source unchanged (applicants keep them trimmed, '' for none), compared with a
-- plain IS NOT by the triggers, `check` and the tests. An erasure keeps the source and the
-- campaign (they are statistics, not personal), so it leaves the copies as they are; an edit
-- and a merge change them in the same statement as the applicant.
ALTER TABLE applications ADD COLUMN applicant_source TEXT;
ALTER TABLE applications ADD COLUMN applicant_campaign TEXT;

UPDATE applications
SET (applicant_source, applicant_campaign) =
    (SELECT source, campaign FROM applicants WHERE id = applications.applicant_id);

CREATE INDEX applications_sources
    ON applications(applicant_source, applicant_campaign, furthest_stage, status);

-- v24's trigger, with the new copies: the desk's writers put them in their INSERT; another
-- program's row gets them here. One look-up of the applicant compares all six of its copies.
DROP TRIGGER applications_sort_keys_new;

CREATE TRIGGER applications_sort_keys_new AFTER INSERT ON applications
WHEN NEW.cohort_name COLLATE BINARY IS NOT (SELECT name FROM cohorts WHERE id = NEW.cohort_id)
    OR NEW.owner_username COLLATE BINARY IS NOT
        (SELECT username FROM staff_users WHERE id = NEW.owner_id)
    OR (NEW.applicant_phone, NEW.applicant_last_name COLLATE BINARY,
        NEW.applicant_first_name COLLATE BINARY, NEW.applicant_email, NEW.applicant_source,
        NEW.applicant_campaign) IS NOT
        (SELECT phone_norm, last_name, first_name, email_norm, source, campaign FROM applicants
         WHERE id = NEW.applicant_id)
BEGIN
    UPDATE applications
    SET cohort_name = (SELECT name FROM cohorts WHERE id = NEW.cohort_id),
        owner_username = (SELECT username FROM staff_users WHERE id = NEW.owner_id),
        (applicant_phone, applicant_last_name, applicant_first_name, applicant_email,
         applicant_source, applicant_campaign) =
            (SELECT phone_norm, last_name, first_name, email_norm, source, campaign
             FROM applicants WHERE id = NEW.applicant_id)
    WHERE id = NEW.id;
END;

-- A merge moves applications to the surviving applicant.
DROP TRIGGER applications_sort_applicant;

CREATE TRIGGER applications_sort_applicant AFTER UPDATE OF applicant_id ON applications
WHEN NEW.applicant_id IS NOT OLD.applicant_id
BEGIN
    UPDATE applications
    SET (applicant_phone, applicant_last_name, applicant_first_name, applicant_email,
         applicant_source, applicant_campaign) =
        (SELECT phone_norm, last_name, first_name, email_norm, source, campaign FROM applicants
         WHERE id = NEW.applicant_id)
    WHERE id = NEW.id;
END;

CREATE TRIGGER applicants_sort_source AFTER UPDATE OF source, campaign ON applicants
WHEN NEW.source IS NOT OLD.source OR NEW.campaign IS NOT OLD.campaign
BEGIN
    UPDATE applications SET applicant_source = NEW.source, applicant_campaign = NEW.campaign
    WHERE applicant_id = NEW.id;
END;
