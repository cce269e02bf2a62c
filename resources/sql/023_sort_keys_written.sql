-- Schema v23: the desk's writers (a new application, the import, the demo seed) put the sort
-- keys of v21 in their INSERT, so the trigger no longer writes every new row a second time. It
-- still fills or corrects the copies when they are missing or wrong: another program's plain
-- INSERT gets its keys as before. The comparisons are exact (BINARY): a username copied with
-- another case would sort the same under NOCASE but is not the user's name.
DROP TRIGGER applications_sort_keys_new;

CREATE TRIGGER applications_sort_keys_new AFTER INSERT ON applications
WHEN NEW.cohort_name COLLATE BINARY IS NOT (SELECT name FROM cohorts WHERE id = NEW.cohort_id)
    OR NEW.owner_username COLLATE BINARY IS NOT
        (SELECT username FROM staff_users WHERE id = NEW.owner_id)
    OR NEW.applicant_phone COLLATE BINARY IS NOT
        (SELECT phone_norm FROM applicants WHERE id = NEW.applicant_id)
BEGIN
    UPDATE applications
    SET cohort_name = (SELECT name FROM cohorts WHERE id = NEW.cohort_id),
        owner_username = (SELECT username FROM staff_users WHERE id = NEW.owner_id),
        applicant_phone = (SELECT phone_norm FROM applicants WHERE id = NEW.applicant_id)
    WHERE id = NEW.id;
END;
