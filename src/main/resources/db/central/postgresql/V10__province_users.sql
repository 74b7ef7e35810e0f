-- Central server schema v10 (PostgreSQL): the province's own accounts for the web dashboard (issue 16), their sign-in
-- sessions and the dashboard's audit log. Kept statement for statement identical to ../sqlite/V10__province_users.sql
-- (portable types only, times as epoch milliseconds).

-- A person at the province who signs in to {base}/dashboard. role: PROVINCE_ADMIN (also manages these accounts) or
-- PROVINCE_VIEWER. password_hash is Argon2id in the desk's format (vn.motcua.auth.PasswordHashes). failed_count
-- counts wrong passwords in a row; locked_until (epoch ms) is set when it reaches the limit. active is 0/1.
CREATE TABLE province_user (
    username       TEXT    NOT NULL PRIMARY KEY,
    full_name      TEXT    NOT NULL,
    role           TEXT    NOT NULL CHECK (role IN ('PROVINCE_ADMIN', 'PROVINCE_VIEWER')),
    active         INTEGER NOT NULL,
    password_hash  TEXT    NOT NULL,
    failed_count   INTEGER NOT NULL,
    locked_until   BIGINT,
    last_login_at  BIGINT,
    created_at     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL
);

-- A signed-in browser: token_hash is the SHA-256 of the cookie's random value (the value itself is never stored).
-- A session ends at sign-out, after idle minutes without a request (last_seen_at), at expires_at whatever the
-- activity, and when its user is disabled or their password reset (the rows are deleted).
CREATE TABLE province_session (
    token_hash    TEXT   NOT NULL PRIMARY KEY,
    username      TEXT   NOT NULL REFERENCES province_user (username),
    created_at    BIGINT NOT NULL,
    last_seen_at  BIGINT NOT NULL,
    expires_at    BIGINT NOT NULL
);
CREATE INDEX province_session_user ON province_session (username);

-- Who saw or changed what on the dashboard: sign-ins (and refused ones), every view of a list of dossiers, exports,
-- account changes (id: a random UUID). username is the name typed at a refused sign-in too (not a foreign key). target: an office code,
-- a period, an account; detail: a short text. Never a password.
CREATE TABLE dashboard_audit (
    id         TEXT   NOT NULL PRIMARY KEY,
    at         BIGINT NOT NULL,
    username   TEXT   NOT NULL,
    action     TEXT   NOT NULL,
    target     TEXT,
    detail     TEXT,
    client     TEXT
);
CREATE INDEX dashboard_audit_at ON dashboard_audit (at);
