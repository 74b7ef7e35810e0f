-- Central server schema v11 (issue 16, PostgreSQL): the province figures, kept up to date in the transaction that applies an
-- accepted event (decision 0012). Kept statement for statement identical to the other dialect's V11 (portable types
-- only). Days are 'yyyy-mm-dd' and times 'yyyy-mm-ddTHH:MM:SS' text (Vietnam local time), so text order is time order.
-- Filled for existing dossiers by `motcua central figures rebuild`.

-- What each dossier contributes (province.DossierFigures): the days it was received, closed (7, 8, 9/10; never
-- before received) and resolved (9/10 or 7, kind 1 early, 2 on time, 3 late), whether a scan is held, its apology
-- days, its latest rating, from when a "Không hài lòng" rating lowers the 766 satisfaction, and while open (2, 4, 6)
-- the effective appointment (overdue-now).
CREATE TABLE figure_dossier (
    dossier_id        TEXT    NOT NULL PRIMARY KEY,
    office_code       TEXT    NOT NULL,
    procedure_code    TEXT    NOT NULL,
    field_code        TEXT    NOT NULL,
    received_day      TEXT    NOT NULL,
    online            INTEGER NOT NULL,
    closed_day        TEXT,
    resolved_day      TEXT,
    resolved_kind     INTEGER NOT NULL,
    digitised         INTEGER NOT NULL,
    apology_days      TEXT,
    rating_level      TEXT,
    rating_at         TEXT,
    rating_channel    TEXT,
    dissatisfied_from TEXT,
    due_at            TEXT
);
CREATE INDEX figure_dossier_due ON figure_dossier (due_at, office_code) WHERE due_at IS NOT NULL;
CREATE INDEX figure_dossier_office_due ON figure_dossier (office_code, due_at) WHERE due_at IS NOT NULL;
CREATE INDEX figure_dossier_dissatisfied ON figure_dossier (dissatisfied_from, office_code, closed_day)
    WHERE dissatisfied_from IS NOT NULL;

-- Per office, day, procedure and field: how many were received (online), closed, resolved early / on time / late,
-- digitised (by received day), apologised for (by the slip's day) and rated per level (by the rating's day).
CREATE TABLE figure_day (
    office_code        TEXT   NOT NULL,
    day                TEXT   NOT NULL,
    procedure_code     TEXT   NOT NULL,
    field_code         TEXT   NOT NULL,
    received           BIGINT NOT NULL,
    received_online    BIGINT NOT NULL,
    closed             BIGINT NOT NULL,
    resolved_early     BIGINT NOT NULL,
    resolved_on_time   BIGINT NOT NULL,
    resolved_late      BIGINT NOT NULL,
    digitised          BIGINT NOT NULL,
    apologies          BIGINT NOT NULL,
    rated_very         BIGINT NOT NULL,
    rated_satisfied    BIGINT NOT NULL,
    rated_dissatisfied BIGINT NOT NULL,
    PRIMARY KEY (office_code, day, procedure_code, field_code)
);

-- The same sums per office and day (the overview reads only these).
CREATE TABLE figure_office_day (
    office_code        TEXT   NOT NULL,
    day                TEXT   NOT NULL,
    received           BIGINT NOT NULL,
    received_online    BIGINT NOT NULL,
    closed             BIGINT NOT NULL,
    resolved_early     BIGINT NOT NULL,
    resolved_on_time   BIGINT NOT NULL,
    resolved_late      BIGINT NOT NULL,
    digitised          BIGINT NOT NULL,
    apologies          BIGINT NOT NULL,
    rated_very         BIGINT NOT NULL,
    rated_satisfied    BIGINT NOT NULL,
    rated_dissatisfied BIGINT NOT NULL,
    PRIMARY KEY (office_code, day)
);
CREATE INDEX figure_office_day_day ON figure_office_day (day, office_code);

-- The latest name seen for a procedure or field code (kind PROCEDURE or FIELD).
CREATE TABLE figure_name (
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (kind, code)
);
