-- Issue 18 (decision 0014): the fingerprint of the migration scripts last applied, so a start whose build carries
-- the same scripts checks the schema with one query instead of running Flyway.
CREATE TABLE schema_marker (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    fingerprint TEXT NOT NULL
);
