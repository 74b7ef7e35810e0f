-- Central server schema v13 (issue 16 (PostgreSQL)): counters that let the overview answer without counting dossiers
-- (decision 0021). Kept statement for statement identical to the other dialect's V13. Maintained by difference in the
-- transaction that applies a change (province.FigureUpdates), like the V11 sums; filled here from the V11 tables, so
-- an upgraded server needs no rebuild.

-- Per office and calendar month ('yyyy-mm'): the sums of figure_office_day (the overview reads whole months here
-- and only the partial months at a period's edges from figure_office_day).
CREATE TABLE figure_office_month (
    office_code        TEXT   NOT NULL,
    month              TEXT   NOT NULL,
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
    PRIMARY KEY (office_code, month)
);
INSERT INTO figure_office_month (office_code, month, received, received_online, closed, resolved_early,
    resolved_on_time, resolved_late, digitised, apologies, rated_very, rated_satisfied, rated_dissatisfied)
SELECT office_code, substr(day, 1, 7), sum(received), sum(received_online), sum(closed), sum(resolved_early),
    sum(resolved_on_time), sum(resolved_late), sum(digitised), sum(apologies), sum(rated_very), sum(rated_satisfied),
    sum(rated_dissatisfied)
FROM figure_office_day GROUP BY office_code, substr(day, 1, 7);

-- Per office and effective due day ('yyyy-mm-dd', the day of figure_dossier.due_at): how many dossiers are open
-- (2, 4, 6) and due then. Overdue now = the sum over the days before today + today's open dossiers due before now
-- (figure_dossier's partial due index, today only). Rows that fall to 0 are deleted.
CREATE TABLE figure_open_due (
    office_code TEXT   NOT NULL,
    due_day     TEXT   NOT NULL,
    dossiers    BIGINT NOT NULL,
    PRIMARY KEY (office_code, due_day)
);
INSERT INTO figure_open_due (office_code, due_day, dossiers)
SELECT office_code, substr(due_at, 1, 10), count(*) FROM figure_dossier WHERE due_at IS NOT NULL
GROUP BY office_code, substr(due_at, 1, 10);

-- Per office, the day from which a latest "Không hài lòng" rating lowers the 766 satisfaction
-- (figure_dossier.dissatisfied_from) and the day the dossier closed ('9999-12-31' while open): how many dossiers.
-- A period [from, to] counts the rows with from_day <= to AND closed_day >= from. Rows that fall to 0 are deleted.
CREATE TABLE figure_dissatisfied (
    office_code TEXT   NOT NULL,
    from_day    TEXT   NOT NULL,
    closed_day  TEXT   NOT NULL,
    dossiers    BIGINT NOT NULL,
    PRIMARY KEY (office_code, from_day, closed_day)
);
INSERT INTO figure_dissatisfied (office_code, from_day, closed_day, dossiers)
SELECT office_code, dissatisfied_from, COALESCE(closed_day, '9999-12-31'), count(*) FROM figure_dossier
WHERE dissatisfied_from IS NOT NULL GROUP BY office_code, dissatisfied_from, COALESCE(closed_day, '9999-12-31');

-- Covering indexes, so the overview's range reads are index-only on PostgreSQL (after VACUUM) and covering on SQLite:
-- the edge days of a period (every counter of figure_office_day by day), and the dissatisfied rows not closed before
-- a period's start.
DROP INDEX figure_office_day_day;
CREATE INDEX figure_office_day_day ON figure_office_day (day, office_code, received, received_online, closed,
    resolved_early, resolved_on_time, resolved_late, digitised, apologies, rated_very, rated_satisfied,
    rated_dissatisfied);
CREATE INDEX figure_dissatisfied_closed ON figure_dissatisfied (closed_day, from_day, office_code, dossiers);
