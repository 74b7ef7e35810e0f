-- Tamper-evident audit log: each row carries the SHA-256 of its content chained to the previous row's hash.
-- Rows written before this version have no hash and are reported as unchained by 'audit verify'.
ALTER TABLE audit ADD COLUMN prev_hash TEXT;
ALTER TABLE audit ADD COLUMN hash TEXT;
