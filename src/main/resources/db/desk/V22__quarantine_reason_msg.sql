-- Issue 15 (decision 0030): a quarantined event's reason as a message key with its arguments (nested messages too),
-- as the server sent it, so the supervisor's list shows it in the clerk's language; outbox.last_error keeps the
-- Vietnamese text (`sync quarantine`, older servers' reasons). A table of its own: SQLite has no ADD COLUMN IF NOT
-- EXISTS and the last script must be re-runnable (SchemaMarkerTest replays it). Written with the quarantine,
-- replaced by the next one of the same event.
CREATE TABLE IF NOT EXISTS outbox_reason_msg (
    event_id TEXT PRIMARY KEY,
    msg      TEXT NOT NULL   -- JSON {"key": "...", "args": ["text" | {"key": ..., "args": [...]}]}
);
