-- Central server schema v2 (sqlite): digitised files (số hóa) and the full progress entries.
-- Kept statement for statement identical to the other dialect's V2 except the binary type (BLOB).

-- A file's bytes, content-addressed by SHA-256 and scoped to an office (a desk only sees its office's files).
-- Uploaded in chunks (resumable): received grows chunk by chunk; completed_at is set once the whole content hashes
-- to sha256. An incomplete blob has no attachment pointing at it.
CREATE TABLE blob (
    office_code  TEXT    NOT NULL REFERENCES office (code),
    sha256       TEXT    NOT NULL,
    size_bytes   BIGINT  NOT NULL,
    media_type   TEXT    NOT NULL,
    received     BIGINT  NOT NULL,
    created_at   BIGINT  NOT NULL,
    updated_at   BIGINT  NOT NULL,
    completed_at BIGINT,
    PRIMARY KEY (office_code, sha256)
);

-- The chunks of a blob, in upload order (start = byte offset of the chunk).
CREATE TABLE blob_chunk (
    office_code  TEXT    NOT NULL,
    sha256       TEXT    NOT NULL,
    start_byte   BIGINT  NOT NULL,
    data         BLOB    NOT NULL,
    PRIMARY KEY (office_code, sha256, start_byte),
    FOREIGN KEY (office_code, sha256) REFERENCES blob (office_code, sha256)
);

-- One scanned file attached to one document line of a dossier (the desk's attachment row). Never deleted.
CREATE TABLE attachment (
    id             TEXT    NOT NULL PRIMARY KEY,
    dossier_id     TEXT    NOT NULL REFERENCES dossier (id),
    office_code    TEXT    NOT NULL,
    document_index INTEGER NOT NULL,
    document_name  TEXT    NOT NULL,
    sha256         TEXT    NOT NULL,
    file_name      TEXT    NOT NULL,
    media_type     TEXT    NOT NULL,
    size_bytes     BIGINT  NOT NULL,
    added_at       TEXT    NOT NULL,
    added_by       TEXT    NOT NULL,
    device_id      TEXT    NOT NULL REFERENCES device (id),
    stored_at      BIGINT  NOT NULL,
    FOREIGN KEY (office_code, sha256) REFERENCES blob (office_code, sha256)
);
CREATE INDEX attachment_dossier ON attachment (dossier_id);

-- The whole progress entry as the desk sent it (actor, role, unit, step dates), so other desks get the full log.
ALTER TABLE progress ADD COLUMN data TEXT;
