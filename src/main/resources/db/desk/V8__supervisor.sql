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
