-- Schema v11: the bootcamp's money. A cohort's price and deposit, a payments ledger per
-- application, and the deposit waivers an administrator grants. An application's payment state
-- (applications.payment_state) is derived from its ledger by the desk, never typed.

-- What one seat in a cohort costs, in minor units (cents) of one currency. A cohort without a
-- row has no price set yet.
CREATE TABLE cohort_fees (
    cohort_id     INTEGER PRIMARY KEY REFERENCES cohorts(id) ON DELETE CASCADE,
    currency      TEXT NOT NULL CHECK (length(currency) = 3 AND currency = upper(currency)),
    price_cents   INTEGER NOT NULL CHECK (price_cents >= 0),
    deposit_cents INTEGER NOT NULL CHECK (deposit_cents >= 0 AND deposit_cents <= price_cents)
);

-- Money received (deposit, instalment) or paid back (refund), one row per movement. Rows are
-- only added: a mistake is put right by another entry, so the ledger keeps what happened.
CREATE TABLE payments (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    kind           TEXT NOT NULL CHECK (kind IN ('deposit', 'instalment', 'refund')),
    amount_cents   INTEGER NOT NULL CHECK (amount_cents > 0),
    currency       TEXT NOT NULL CHECK (length(currency) = 3),
    paid_on        TEXT NOT NULL,  -- the calendar day the money moved
    method         TEXT NOT NULL
                   CHECK (method IN ('card', 'bank_transfer', 'cash', 'financing', 'other')),
    reference      TEXT NOT NULL DEFAULT '',
    recorded_by    INTEGER REFERENCES staff_users(id),  -- NULL: the desk itself
    recorded_at    TEXT NOT NULL
);
CREATE INDEX payments_application ON payments(application_id, id);

-- An administrator's leave to enrol without the deposit, with why.
CREATE TABLE deposit_waivers (
    application_id INTEGER PRIMARY KEY REFERENCES applications(id),
    reason         TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    by_user_id     INTEGER REFERENCES staff_users(id),
    at             TEXT NOT NULL
);
