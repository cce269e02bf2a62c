-- Schema v22: indexes that hold everything the outcomes report and the funnel by track read,
-- so that each is a walk down a small index instead of a read of every row it names in the
-- applications and activities tables (rows a hundred times wider than what is read).

-- The graduates of each cohort with their placement: the outcomes report's table
-- (GraduateOutcomes::graduatesSql names the same four statuses; the id is the rowid every
-- index carries, which finds the day of graduation). The status comes first: an equality on
-- it is what makes the planner prefer this index to applications_status.
CREATE INDEX applications_graduates
    ON applications(status, cohort_id, placement_outcome, placement_on)
    WHERE status IN ('graduated', 'job_search', 'placed', 'not_seeking');

-- The job-search check-ins, in the order the guarantee's weeks read them. The kind is in the
-- key although it is always the same: with it, the index matches as many equalities as
-- activities_application_kind, and being covering wins the planner's choice.
CREATE INDEX activities_check_ins ON activities(application_id, kind, at, job_applications)
    WHERE kind = 'job_search_check_in';

-- The funnel by track counts applications by track, status and furthest stage. An index of its
-- own, not applications_track widened: that one's order within a track is the id's, which the
-- applications list sorted by track walks.
CREATE INDEX applications_track_stages ON applications(track_id, status, furthest_stage);
