-- Digitised files go up to the central server after their dossier (issue 6).
-- synced_at: when the server confirmed the attachment (its file complete there); null = still to send.
-- sync_error: the last reason the upload stopped (shown to the supervisor), cleared on success.
-- origin: LOCAL = attached at this desk; SERVER = pulled from another desk of the office (bytes fetched on demand).
ALTER TABLE attachment ADD COLUMN synced_at TEXT;
ALTER TABLE attachment ADD COLUMN sync_error TEXT;
ALTER TABLE attachment ADD COLUMN origin TEXT NOT NULL DEFAULT 'LOCAL' CHECK (origin IN ('LOCAL', 'SERVER'));
CREATE INDEX attachment_unsynced ON attachment (synced_at) WHERE synced_at IS NULL;
