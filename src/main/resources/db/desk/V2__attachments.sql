-- Digitisation (số hóa): scanned files attached to a dossier's document components.
-- Files live content-addressed in the data folder (attachments/ab/abcdef…, named by their SHA-256);
-- a row ties one file to one document line of one dossier. Rows are never hard-deleted (sync tombstones).

CREATE TABLE attachment (
    id             TEXT PRIMARY KEY,
    dossier_id     TEXT NOT NULL REFERENCES dossier (id),
    document_index INTEGER NOT NULL,    -- position in dossier.documents
    document_name  TEXT NOT NULL,
    sha256         TEXT NOT NULL,
    file_name      TEXT NOT NULL,       -- the name the file had when attached
    media_type     TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes     INTEGER NOT NULL,
    added_at       TEXT NOT NULL,
    added_by       TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX attachment_dossier ON attachment (dossier_id, document_index);

-- How many document components of the dossier have at least one scanned file (for the digitisation reports).
ALTER TABLE dossier ADD COLUMN digitised_components INTEGER NOT NULL DEFAULT 0;
