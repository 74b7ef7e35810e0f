-- Issue 13, items 4 and 5 (decision 0006).

-- 4. The receiving clerk travels with the dossier: the account id (ClerkId: desk:<device>:<user> for this desk's
-- accounts, province:<agency>:<user> for the province's) and the full name as at receipt. Reports group by these,
-- never by a lookup of the user name in this desk's accounts.
ALTER TABLE dossier ADD COLUMN received_by_id TEXT;
ALTER TABLE dossier ADD COLUMN received_by_name TEXT;
-- Dossiers this desk received before this version: its own accounts are the receiving clerks (their current full
-- name is the best record of the name at receipt). Dossiers other desks received stay without an id: reports name
-- them "user name (quầy N)" by the receiving desk's number (ClerkId.legacy).
UPDATE dossier SET
    received_by_id = (SELECT CASE WHEN u.managed_by = 'PROVINCE' THEN 'province:' || o.agency_code || ':' || u.username
                                  ELSE 'desk:' || o.device_id || ':' || u.username END
                      FROM app_user u, office o WHERE u.username = dossier.received_by AND o.id = 1),
    received_by_name = (SELECT u.full_name FROM app_user u WHERE u.username = dossier.received_by)
WHERE desk_no = (SELECT desk_no FROM office WHERE id = 1)
  AND received_by IN (SELECT username FROM app_user);

-- The supervisor's per-clerk figures read only these indexes (V8), now by the clerk's id and name.
DROP INDEX dossier_supervisor;
CREATE INDEX dossier_supervisor ON dossier (status, coalesce(rescheduled_at, appointment_at), received_by_id,
                                            received_by, desk_no, received_by_name, field_code, field_name)
    WHERE deleted = 0;
DROP INDEX dossier_waiting_since;
CREATE INDEX dossier_waiting_since ON dossier (json_extract(supplements, '$[#-1].requestedAt'), received_by_id,
                                               received_by, desk_no, received_by_name, field_code, field_name)
    WHERE status = 5 AND deleted = 0;

-- 5. Biểu II.06a by the status each dossier had at the end of the period. state_since: when the dossier's current
-- state began (its last progress entry). dossier_state: every superseded state [since, until) with the status,
-- statutory appointment and end of processing it had, rebuilt from the progress log in the transaction that writes
-- the log (DossierRepository). A report for a period ending at E uses the current row when state_since < E, else the
-- state row covering E.
ALTER TABLE dossier ADD COLUMN state_since TEXT;
UPDATE dossier SET state_since = coalesce(
    (SELECT p.at FROM progress p WHERE p.dossier_id = dossier.id ORDER BY p.id DESC LIMIT 1),
    max(received_at, coalesce(finished_at, received_at), coalesce(returned_at, received_at)));

CREATE TABLE dossier_state (
    dossier_rowid  INTEGER NOT NULL,   -- dossier.rowid (as dossier_search): the report's covering index carries it
    since          TEXT    NOT NULL,
    until          TEXT    NOT NULL,
    status         INTEGER NOT NULL,
    appointment_at TEXT,
    finished_at    TEXT
);
CREATE INDEX dossier_state_dossier ON dossier_state (dossier_rowid, until);

-- Superseded states of the dossiers already here, from their logs (the appointment as it stands now: the supplement
-- rounds' earlier appointments are used from now on, not in this one-time fill).
INSERT INTO dossier_state (dossier_rowid, since, until, status, appointment_at, finished_at)
SELECT rid, at, next_at, status, appointment_at, fin FROM (
    SELECT d.rowid AS rid, p.at, p.status, d.appointment_at,
           lead(p.at) OVER w AS next_at,
           max(CASE WHEN p.status IN (7, 8, 9) THEN p.at END) OVER w AS fin
    FROM progress p JOIN dossier d ON d.id = p.dossier_id
    WINDOW w AS (PARTITION BY p.dossier_id ORDER BY p.id)
) WHERE next_at IS NOT NULL;

-- The period report's covering index (V5) with state_since, so the one scan also knows which rows to take from
-- dossier_state.
DROP INDEX dossier_report;
CREATE INDEX dossier_report ON dossier (received_at, finished_at, status, channel, appointment_at, field_code,
                                        field_name, state_since) WHERE deleted = 0;
