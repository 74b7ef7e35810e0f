-- Supervisor's screens (issue 7).
-- "Returned today" reads a small range of this index instead of every returned dossier.
CREATE INDEX dossier_returned ON dossier (returned_at) WHERE returned_at IS NOT NULL AND deleted = 0;

-- The supervisor's open-dossier figures (due today, due soon, overdue) grouped per clerk and per field read only this
-- index, never the wide rows, so they stay fast with tens of thousands of overdue dossiers among 1,000,000.
CREATE INDEX dossier_supervisor ON dossier (status, coalesce(rescheduled_at, appointment_at), received_by, field_code,
                                            field_name) WHERE deleted = 0;
-- "Waiting for a supplement longer than N days": when the last supplement round was requested.
CREATE INDEX dossier_waiting_since ON dossier (json_extract(supplements, '$[#-1].requestedAt'), received_by,
                                               field_code, field_name) WHERE status = 5 AND deleted = 0;

-- Apology register (Sổ theo dõi phiếu xin lỗi và hẹn lại ngày trả kết quả): one row per apology slip. The dossier's
-- rescheduled_at carries the latest new appointment (it drives the live time flags); the statistics keep counting
-- against the statutory appointment_at.
CREATE TABLE apology (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    dossier_id           TEXT NOT NULL REFERENCES dossier (id),
    dossier_code         TEXT NOT NULL,
    reason               TEXT NOT NULL,
    previous_appointment TEXT,                -- the effective appointment before this apology
    new_appointment      TEXT NOT NULL,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL
);
CREATE INDEX apology_created ON apology (created_at);
CREATE INDEX apology_dossier ON apology (dossier_id);

-- Ratings given at the counter (citizens without a phone): one per dossier, made offline on this desk. Ratings from
-- the QR pages arrive by sync in the rating table; the supervisor's charts read both.
CREATE TABLE counter_rating (
    dossier_code TEXT PRIMARY KEY,
    dossier_id   TEXT NOT NULL REFERENCES dossier (id),
    level        TEXT NOT NULL CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED')),
    reason       TEXT,
    rated_at     TEXT NOT NULL,   -- local time yyyy-MM-ddTHH:mm:ss
    desk_user    TEXT NOT NULL    -- who had the counter screen open
);
CREATE INDEX counter_rating_at ON counter_rating (rated_at);
