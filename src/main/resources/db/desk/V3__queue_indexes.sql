-- Work queues of the desk: one page of a status queue, newest first, and the due-soon / overdue queues ordered by
-- the effective appointment (an apology's new date when there is one), without scanning 100,000+ dossiers.

CREATE INDEX dossier_status_received ON dossier (status, received_at);
CREATE INDEX dossier_status_effective ON dossier (status, coalesce(rescheduled_at, appointment_at));
