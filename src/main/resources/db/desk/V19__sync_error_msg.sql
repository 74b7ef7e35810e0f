-- Issue 19 ("one home per text"): the last sync error as a message key with its arguments, so the desk shows it in
-- the clerk's language, also after a restart; sync_state.last_error keeps the Vietnamese text (`sync status`, logs).
-- A table of its own rather than a column of sync_state: SQLite has no ADD COLUMN IF NOT EXISTS, and the last
-- script must be re-runnable (SchemaMarkerTest replays it). One row at most, written with last_error, gone with it.
CREATE TABLE IF NOT EXISTS sync_error_msg (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    msg TEXT NOT NULL   -- JSON {"key": "...", "args": ["text" | {"key": ..., "args": [...]}]}
);
