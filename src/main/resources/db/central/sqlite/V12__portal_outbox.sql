-- Issue 17: the national portal (Cổng DVCQG) outbox. Identical for SQLite and PostgreSQL.
-- One row per accepted dossier change (dossier id + the version the change produced), written in the push's
-- transaction. state: WAITING (to send), SENT, SET_ASIDE (refused too often; waits for `central portal resend`).
-- A change of a dossier is sent only when every earlier change of that dossier is SENT (per-dossier order).
-- inflight_at: a send began and its outcome is not known yet; the next sender asks the portal (TraCuuHoSo) first.
CREATE TABLE portal_outbox (
    dossier_id   TEXT    NOT NULL,
    version      BIGINT  NOT NULL,
    office_code  TEXT    NOT NULL,
    dossier_code TEXT    NOT NULL,
    status       INTEGER NOT NULL,
    dossier      TEXT    NOT NULL,
    progress     TEXT,
    created_at   BIGINT  NOT NULL,
    state        TEXT    NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_at      BIGINT  NOT NULL,
    inflight_at  BIGINT,
    last_error   TEXT,
    sent_at      BIGINT,
    sent_by      TEXT,
    PRIMARY KEY (dossier_id, version)
);
CREATE INDEX portal_outbox_office_state ON portal_outbox (office_code, state, created_at);
CREATE INDEX portal_outbox_code ON portal_outbox (dossier_code);

-- Who sends an office's changes now: one node at a time holds the office's lease until expires_at (epoch ms);
-- generation grows on every new holder (a fencing number checked when a change is marked sent). backoff_until:
-- the portal itself failed (unreachable, 5xx, timeout): the office waits. paused: `central portal pause`.
-- The row with office_code '*' carries the province-wide pause.
CREATE TABLE portal_lease (
    office_code   TEXT    NOT NULL PRIMARY KEY,
    owner         TEXT,
    expires_at    BIGINT  NOT NULL DEFAULT 0,
    generation    BIGINT  NOT NULL DEFAULT 0,
    backoff_until BIGINT  NOT NULL DEFAULT 0,
    failures      INTEGER NOT NULL DEFAULT 0,
    paused        INTEGER NOT NULL DEFAULT 0,
    last_error    TEXT
);
