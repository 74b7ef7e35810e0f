-- Accounts managed by the province (issue 6): a province account comes down by sync and replaces the local row;
-- it cannot be edited at the desk. must_change_password is the province's flag, kept as sent (the desk has no
-- password change of its own for these accounts: they are changed at the province).
ALTER TABLE app_user ADD COLUMN managed_by TEXT NOT NULL DEFAULT 'LOCAL' CHECK (managed_by IN ('LOCAL', 'PROVINCE'));
ALTER TABLE app_user ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN province_updated_at TEXT;
