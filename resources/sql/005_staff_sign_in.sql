-- Schema v5: staff sign in. Passwords are Argon2id hashes in staff_users.password_hash (there
-- since v1, filled from now on); a staff user without one cannot sign in until an administrator
-- gives them one. A failed sign-in makes the next one wait, longer after each failure, and the
-- wait is kept here so that restarting the program does not reset it.
ALTER TABLE staff_users ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE staff_users ADD COLUMN next_sign_in_at TEXT;

-- Personal access tokens for scripts. Only the SHA-256 digest of a token is kept; role_limit
-- makes a token weaker than its owner (never stronger: the owner's role still applies).
CREATE TABLE access_tokens (
    id            INTEGER PRIMARY KEY,
    staff_user_id INTEGER NOT NULL REFERENCES staff_users(id),
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    digest        TEXT NOT NULL UNIQUE,
    role_limit    TEXT CHECK (role_limit IN ('administrator', 'admissions_officer', 'read_only')),
    created_at    TEXT NOT NULL,
    revoked_at    TEXT
);
CREATE UNIQUE INDEX access_tokens_live_name ON access_tokens(staff_user_id, name COLLATE NOCASE)
    WHERE revoked_at IS NULL;
