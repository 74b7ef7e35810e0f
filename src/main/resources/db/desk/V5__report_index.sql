-- Covering index for the period report (Biểu II.06a) and the supervisor's figures: the aggregate reads only this
-- index, never the wide dossier rows.
CREATE INDEX dossier_report ON dossier (received_at, finished_at, status, channel, appointment_at, field_code,
                                        field_name) WHERE deleted = 0;
