-- Desk sync (issue 6): enrollment, server cursor, quarantine, ratings and pulled documents.

-- The one enrollment of this desk with the central server (single row, absent until enrolled).
CREATE TABLE sync_state (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    server_url        TEXT NOT NULL,
    device_id         TEXT NOT NULL,     -- the server's id for this desk
    device_token      TEXT NOT NULL,     -- bearer token; never logged, never printed
    office_code       TEXT NOT NULL,
    office_name       TEXT NOT NULL,
    desk_no           INTEGER NOT NULL,
    enrolled_at       TEXT NOT NULL,
    cursor            TEXT NOT NULL DEFAULT '0',
    last_attempt      TEXT,
    last_success      TEXT,
    last_error        TEXT,
    clock_skew_ms     INTEGER,
    catalog_version   INTEGER,
    calendar_version  INTEGER
);

-- Quarantine bookkeeping of outbox events the server refused (state = 'QUARANTINED').
ALTER TABLE outbox ADD COLUMN quarantine_code TEXT;
ALTER TABLE outbox ADD COLUMN quarantined_at TEXT;
ALTER TABLE outbox ADD COLUMN resolved_at TEXT;
ALTER TABLE outbox ADD COLUMN resolved_by TEXT;
ALTER TABLE outbox ADD COLUMN resolution_note TEXT;
CREATE INDEX outbox_dossier_state ON outbox (dossier_id, state);

-- Citizens' ratings as pulled from the server (latest state per dossier code).
CREATE TABLE rating (
    dossier_code TEXT PRIMARY KEY,
    dossier_id   TEXT,
    level        TEXT NOT NULL,
    reason       TEXT,
    criteria     TEXT,              -- JSON object, criterion key -> value
    channel      TEXT NOT NULL,
    rated_at     TEXT NOT NULL,     -- ISO-8601 instant
    updated_at   TEXT NOT NULL,
    change_seq   INTEGER NOT NULL
);

-- A pulled dossier state held back because this desk still has unsent events for it (the local change wins until
-- the server has judged them); applied once none is pending.
CREATE TABLE sync_deferred (
    dossier_id TEXT PRIMARY KEY,
    change_seq INTEGER NOT NULL,
    data       TEXT NOT NULL
);
