-- Quầy Một Cửa desk schema, version 1. Never edit once shipped: add V2__... instead.

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- The one office this desk belongs to (single row).
CREATE TABLE office (
    id               INTEGER PRIMARY KEY CHECK (id = 1),
    office_name      TEXT NOT NULL,
    agency_code      TEXT NOT NULL,
    desk_no          INTEGER NOT NULL,
    governing_body   TEXT NOT NULL,
    unit_name        TEXT NOT NULL,
    place_name       TEXT NOT NULL,
    rating_secret    TEXT NOT NULL,
    device_id        TEXT NOT NULL,
    created_at       TEXT NOT NULL
);

CREATE TABLE app_user (
    username        TEXT PRIMARY KEY,
    full_name       TEXT NOT NULL,
    title           TEXT NOT NULL DEFAULT '',
    unit            TEXT NOT NULL DEFAULT '',
    role            TEXT NOT NULL CHECK (role IN ('CLERK', 'SUPERVISOR', 'ADMIN')),
    password_hash   TEXT NOT NULL,
    active          INTEGER NOT NULL DEFAULT 1,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    locked_until    TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);

CREATE TABLE procedure (
    code        TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    name_folded TEXT NOT NULL,
    field_code  TEXT NOT NULL,
    field_name  TEXT NOT NULL,
    active      INTEGER NOT NULL,
    sample      INTEGER NOT NULL,
    version     INTEGER NOT NULL,
    body        TEXT NOT NULL,          -- the procedure in the catalogue JSON format
    updated_at  TEXT NOT NULL
);

CREATE TABLE calendar_year (
    year        INTEGER PRIMARY KEY,
    provisional INTEGER NOT NULL,
    source      TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE calendar_day (
    date        TEXT PRIMARY KEY,
    year        INTEGER NOT NULL REFERENCES calendar_year (year) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('DAY_OFF', 'WORKING_DAY')),
    description TEXT NOT NULL
);

CREATE TABLE dossier (
    id                TEXT PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    procedure_code    TEXT NOT NULL,
    procedure_name    TEXT NOT NULL,
    field_code        TEXT,
    field_name        TEXT,
    channel           INTEGER NOT NULL,
    return_method     TEXT NOT NULL,
    applicant_name    TEXT NOT NULL,
    applicant_id      TEXT,
    applicant_birth   TEXT,
    applicant_phone   TEXT,
    applicant_email   TEXT,
    applicant_address TEXT,
    submitter         TEXT,             -- JSON, null when the owner submitted
    documents         TEXT NOT NULL,    -- JSON array
    sets              INTEGER NOT NULL,
    summary           TEXT,
    notes             TEXT,
    time_value        INTEGER,
    time_unit         TEXT,
    received_at       TEXT NOT NULL,    -- local time yyyy-MM-ddTHH:mm:ss (Asia/Ho_Chi_Minh)
    appointment_at    TEXT,
    rescheduled_at    TEXT,
    status            INTEGER NOT NULL,
    interop_agency    TEXT,
    supplements       TEXT NOT NULL,    -- JSON array of rounds
    finished_at       TEXT,
    returned_at       TEXT,
    desk_no           INTEGER NOT NULL,
    received_by       TEXT,
    version           INTEGER NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted           INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dossier_status_appointment ON dossier (status, appointment_at);
CREATE INDEX dossier_received ON dossier (received_at);
CREATE INDEX dossier_applicant_id ON dossier (applicant_id);

CREATE TABLE progress (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id    TEXT NOT NULL REFERENCES dossier (id),
    actor         TEXT NOT NULL,
    role          TEXT NOT NULL,
    unit          TEXT NOT NULL,
    at            TEXT NOT NULL,
    action        TEXT NOT NULL,
    status        INTEGER NOT NULL,
    step_start    TEXT NOT NULL,
    step_deadline TEXT,
    note          TEXT
);
CREATE INDEX progress_dossier ON progress (dossier_id, id);

-- Daily dossier-code sequence: the last number this desk issued on a day (within its own block).
CREATE TABLE code_sequence (
    day     TEXT NOT NULL,
    desk_no INTEGER NOT NULL,
    last    INTEGER NOT NULL,
    PRIMARY KEY (day, desk_no)
);

-- Events to push to the central server, written in the same transaction as the change they describe.
CREATE TABLE outbox (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,  -- deviceSeq
    event_id    TEXT NOT NULL UNIQUE,
    type        TEXT NOT NULL,
    dossier_id  TEXT,
    occurred_at TEXT NOT NULL,                      -- ISO-8601 with offset
    payload     TEXT NOT NULL,                      -- JSON
    state       TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'QUARANTINED')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    last_error  TEXT,
    sent_at     TEXT
);
CREATE INDEX outbox_state ON outbox (state, seq);

-- Search index over folded text (NFD, marks stripped, đ→d, lower case): rowid = dossier.rowid.
CREATE VIRTUAL TABLE dossier_search USING fts5 (
    code, name, id_number, phone, procedure,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE audit (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    dossier_id TEXT,
    detail     TEXT
);
