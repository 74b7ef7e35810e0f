-- The central server said this desk's device was revoked (401 DEVICE_REVOKED): when, so that `sync status` and the
-- status bar say "revoked" instead of "enrolled". A new enrollment clears it.
ALTER TABLE sync_state ADD COLUMN revoked_at TEXT;
