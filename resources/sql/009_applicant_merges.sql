-- Schema v9: merging two applicant records of one person (ApplicantMerge). The duplicate's row
-- is never deleted: it stays as a tombstone that names its survivor, with its personal values
-- blanked (they are kept in the audit trail, as the merge's record, until an erase):
--   - the audit trail's personal values stay keyed to the duplicate's id (audit_values rows can
--     be neither changed nor deleted before an erase), so erasing the survivor must find the
--     duplicate's id and erase it too: merged_into says whose it is;
--   - an id that is deleted can be given to the next applicant (no AUTOINCREMENT, and the
--     import numbers new applicants max(id) + 1), who would then inherit the duplicate's
--     history and audit values; the tombstone holds the id for good, as an erased placeholder
--     does.
-- A tombstone has no applications or activities (they move to the survivor), so the lists,
-- counts and exports, which read applications, never show it.
ALTER TABLE applicants ADD COLUMN merged_into INTEGER REFERENCES applicants(id);
CREATE INDEX applicants_merged_into ON applicants(merged_into) WHERE merged_into IS NOT NULL;
