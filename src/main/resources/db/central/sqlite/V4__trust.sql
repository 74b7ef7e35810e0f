-- Central server schema v4: figures a province can trust (issue 13). Kept statement for statement identical in both
-- dialects (portable types only, times as epoch milliseconds).

-- A desk's rating keys: the enrollment secret and every rotation after it. key_id is derived from the secret (it is
-- printed in the receipt's token); secret is sealed with the server's key file (central.key, outside the database).
-- A retired key (rotated away, or its device revoked) still checks receipts of dossiers received before retired_at.
CREATE TABLE rating_key (
    office_code TEXT    NOT NULL REFERENCES office (code),
    key_id      TEXT    NOT NULL,
    device_id   TEXT    NOT NULL REFERENCES device (id),
    secret      TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    retired_at  BIGINT,
    PRIMARY KEY (office_code, key_id, device_id)
);

-- A rating counts only once the server holds its dossier, received (by the desk that printed the receipt) before the
-- rating: state PENDING until the dossier arrives, then COUNTED or VOID (void_reason). Only COUNTED ratings are
-- pulled and reported. key_device: the device whose key made the token; client_hash: a keyed hash of the client
-- address (no personal data); delay_seconds: rating time minus receipt time.
ALTER TABLE rating ADD COLUMN state TEXT NOT NULL DEFAULT 'COUNTED';
ALTER TABLE rating ADD COLUMN void_reason TEXT;
ALTER TABLE rating ADD COLUMN key_device TEXT;
ALTER TABLE rating ADD COLUMN client_hash TEXT;
ALTER TABLE rating ADD COLUMN delay_seconds BIGINT;
UPDATE rating SET state = 'PENDING' WHERE dossier_id IS NULL;
CREATE INDEX rating_office_state ON rating (office_code, state);

-- The device whose receiving event created the dossier (it alone may correct its facts), and the device that made
-- the latest accepted change (named in the desks' audit rows of pulled changes).
ALTER TABLE dossier ADD COLUMN owner_device TEXT;
ALTER TABLE dossier ADD COLUMN last_device TEXT;
UPDATE dossier SET owner_device = (SELECT min(e.device_id) FROM sync_event e WHERE e.dossier_id = dossier.id
                                   AND e.type = 'DOSSIER_RECEIVED');

-- The head of each desk's audit chain as it last reported it with a push, and when its chain went backwards.
ALTER TABLE device ADD COLUMN audit_head_id BIGINT;
ALTER TABLE device ADD COLUMN audit_head_hash TEXT;
ALTER TABLE device ADD COLUMN audit_head_at BIGINT;
ALTER TABLE device ADD COLUMN audit_regressed_at BIGINT;
ALTER TABLE device ADD COLUMN audit_problem TEXT;

-- Apology slips (phiếu xin lỗi và hẹn lại), one per APOLOGY_ISSUED event.
CREATE TABLE apology (
    event_id             TEXT    NOT NULL PRIMARY KEY,
    dossier_id           TEXT    NOT NULL REFERENCES dossier (id),
    office_code          TEXT    NOT NULL,
    reason               TEXT    NOT NULL,
    previous_appointment TEXT,
    new_appointment      TEXT    NOT NULL,
    created_at           TEXT    NOT NULL,
    created_by           TEXT    NOT NULL,
    device_id            TEXT    NOT NULL REFERENCES device (id),
    stored_at            BIGINT  NOT NULL
);
CREATE INDEX apology_dossier ON apology (dossier_id);

-- Ratings given at a counter screen (COUNTER_RATED), one per dossier; counted only for a dossier handed back or at
-- the result stage when it arrived.
CREATE TABLE counter_rating (
    dossier_code TEXT    NOT NULL PRIMARY KEY,
    office_code  TEXT    NOT NULL REFERENCES office (code),
    dossier_id   TEXT    NOT NULL REFERENCES dossier (id),
    level        TEXT    NOT NULL,
    reason       TEXT,
    rated_at     TEXT    NOT NULL,
    desk_user    TEXT    NOT NULL,
    event_id     TEXT    NOT NULL,
    device_id    TEXT    NOT NULL REFERENCES device (id),
    change_seq   BIGINT  NOT NULL,
    stored_at    BIGINT  NOT NULL
);
CREATE INDEX counter_rating_office_change ON counter_rating (office_code, change_seq);

-- Corrections of a dossier's facts (DOSSIER_CORRECTED): who, why, which fields.
CREATE TABLE correction (
    event_id   TEXT    NOT NULL PRIMARY KEY,
    dossier_id TEXT    NOT NULL REFERENCES dossier (id),
    device_id  TEXT    NOT NULL REFERENCES device (id),
    reason     TEXT    NOT NULL,
    fields     TEXT    NOT NULL,
    stored_at  BIGINT  NOT NULL
);
