-- Biểu II.06a over a year of 1,000,000 dossiers in ≤ 150 ms (issue 18, decision 0023). The report sums per field;
-- over dossier_report (received_at first) that needs a per-row join and a sort by field (or eleven sums per row).
-- This covering index walks the fields in order (one range on received_at per field, the fields found by a skip
-- scan), so the sums stream out with no sort. Only rows whose current state began before the end of the period use
-- it; the few changed after the end are found in dossier_report and read through dossier_state as before.
CREATE INDEX IF NOT EXISTS dossier_field_report ON dossier (field_code, received_at, finished_at, status, channel,
                                                            appointment_at, state_since, field_name) WHERE deleted = 0;
