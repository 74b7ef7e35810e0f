-- Central server schema v3 (PostgreSQL): accounts of an office managed by the province (issue 6). Kept statement for
-- statement identical to ../sqlite/V3__office_accounts.sql (portable types only, times as epoch milliseconds).
-- (V2 is reserved for attachments.)

-- A desk account the province manages for one office; it comes down to the office's desks by pull (kind ACCOUNT)
-- with its Argon2id hash in the desk's format, so a desk verifies sign-ins offline. role: CLERK, SUPERVISOR, ADMIN.
-- active and must_change_password are 0/1. change_seq is the office's change number (OfficeSequence).
CREATE TABLE office_account (
    office_code          TEXT    NOT NULL REFERENCES office (code),
    username             TEXT    NOT NULL,
    full_name            TEXT    NOT NULL,
    role                 TEXT    NOT NULL CHECK (role IN ('CLERK', 'SUPERVISOR', 'ADMIN')),
    active               INTEGER NOT NULL,
    password_hash        TEXT    NOT NULL,
    must_change_password INTEGER NOT NULL,
    change_seq           BIGINT  NOT NULL,
    created_at           BIGINT  NOT NULL,
    updated_at           BIGINT  NOT NULL,
    PRIMARY KEY (office_code, username)
);
CREATE INDEX office_account_change ON office_account (office_code, change_seq);
