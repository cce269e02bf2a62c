-- Schema v16: offers reach a person.

-- The desk makes most offers by itself (a qualification with a seat free, a seat released to
-- the waitlist); a person still has to tell the applicant. Each row says that the offer of one
-- status event (its move to offered) was sent, when and by whom. A later offer of the same
-- application is a new event and needs its own notice. The audit trail records each notice.
CREATE TABLE offer_notices (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    offer_event_id INTEGER NOT NULL UNIQUE REFERENCES status_events(id),
    sent_at        TEXT NOT NULL,
    by_user_id     INTEGER REFERENCES staff_users(id)
);
CREATE INDEX offer_notices_application ON offer_notices(application_id);
