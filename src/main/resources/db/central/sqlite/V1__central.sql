-- Central server schema v1 (SQLite). Kept statement for statement identical to ../postgresql/V1__central.sql:
-- only portable types (TEXT, INTEGER, BIGINT), no auto-increment, server times as epoch milliseconds (BIGINT).

-- A commune office (Trung tâm Phục vụ hành chính công xã); change_seq numbers the office's changes for pull cursors.
CREATE TABLE office (
    code        TEXT    NOT NULL PRIMARY KEY,
    name        TEXT    NOT NULL,
    change_seq  BIGINT  NOT NULL DEFAULT 0,
    created_at  BIGINT  NOT NULL
);

-- One-time enrollment codes: only their SHA-256 is kept.
CREATE TABLE enrollment_code (
    code_hash   TEXT    NOT NULL PRIMARY KEY,
    office_code TEXT    NOT NULL REFERENCES office (code),
    desk_no     INTEGER NOT NULL,
    created_at  BIGINT  NOT NULL,
    expires_at  BIGINT  NOT NULL,
    used_at     BIGINT,
    device_id   TEXT
);

-- Enrolled desks. token_hash = SHA-256 of the bearer token; rating_secret checks receipt rating tokens.
CREATE TABLE device (
    id            TEXT    NOT NULL PRIMARY KEY,
    office_code   TEXT    NOT NULL REFERENCES office (code),
    desk_no       INTEGER NOT NULL,
    token_hash    TEXT    NOT NULL UNIQUE,
    rating_secret TEXT    NOT NULL,
    name          TEXT,
    app_version   TEXT,
    enrolled_at   BIGINT  NOT NULL,
    revoked_at    BIGINT,
    last_seen_at  BIGINT
);
CREATE INDEX device_office ON device (office_code);

-- Every accepted pushed event, once (idempotency by the client's event id). The event's content lives on in the
-- dossier row (latest state) and its progress row; only the action name is kept here.
CREATE TABLE sync_event (
    event_id    TEXT    NOT NULL PRIMARY KEY,
    device_id   TEXT    NOT NULL REFERENCES device (id),
    device_seq  BIGINT  NOT NULL,
    type        TEXT    NOT NULL,
    dossier_id  TEXT    NOT NULL,
    occurred_at TEXT    NOT NULL,
    received_at BIGINT  NOT NULL,
    action      TEXT
);

-- The latest state of each dossier; data = the desk's dossier JSON. id_last4/phone_last4: the lookup's second factor.
CREATE TABLE dossier (
    id             TEXT    NOT NULL PRIMARY KEY,
    code           TEXT    NOT NULL UNIQUE,
    office_code    TEXT    NOT NULL REFERENCES office (code),
    desk_no        INTEGER NOT NULL,
    status         INTEGER NOT NULL,
    interop_agency TEXT,
    version        BIGINT  NOT NULL,
    procedure_code TEXT    NOT NULL,
    procedure_name TEXT,
    received_at    TEXT    NOT NULL,
    appointment_at TEXT,
    id_last4       TEXT,
    phone_last4    TEXT,
    data           TEXT    NOT NULL,
    change_seq     BIGINT  NOT NULL,
    updated_at     BIGINT  NOT NULL
);
CREATE INDEX dossier_office_change ON dossier (office_code, change_seq);

-- The progress log (quá trình xử lý) of each dossier, n = 1, 2, ... in server order.
CREATE TABLE progress (
    dossier_id  TEXT    NOT NULL REFERENCES dossier (id),
    n           INTEGER NOT NULL,
    at          TEXT    NOT NULL,
    action      TEXT    NOT NULL,
    status      INTEGER NOT NULL,
    note        TEXT,
    PRIMARY KEY (dossier_id, n)
);

-- One rating per dossier, keyed by the code so it can arrive before the dossier; dossier_id is set when it is known.
CREATE TABLE rating (
    dossier_code TEXT    NOT NULL PRIMARY KEY,
    office_code  TEXT    NOT NULL REFERENCES office (code),
    dossier_id   TEXT,
    level        TEXT    NOT NULL,
    reason       TEXT,
    criteria     TEXT,
    channel      TEXT    NOT NULL,
    rated_at     BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    change_seq   BIGINT  NOT NULL
);
CREATE INDEX rating_office_change ON rating (office_code, change_seq);

-- Province-wide documents (catalogue, calendar), whole, with a version that grows on each import.
CREATE TABLE document (
    kind        TEXT    NOT NULL PRIMARY KEY,
    version     BIGINT  NOT NULL,
    data        TEXT    NOT NULL,
    imported_at BIGINT  NOT NULL
);

-- When each office last saw each document change, in that office's change numbering.
CREATE TABLE office_document (
    office_code TEXT    NOT NULL REFERENCES office (code),
    kind        TEXT    NOT NULL REFERENCES document (kind),
    change_seq  BIGINT  NOT NULL,
    PRIMARY KEY (office_code, kind)
);
CREATE INDEX office_document_change ON office_document (office_code, change_seq);
