-- Figures a province can trust (issue 13), desk side.

-- Where the audit hash chain started: the rows written before it (no hash) are counted and their last id kept, once.
-- 'audit verify' accepts a row without a hash only among those; a wiped hash anywhere after is tampering.
CREATE TABLE audit_chain (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    pre_chain_rows  INTEGER NOT NULL,
    pre_chain_max_id INTEGER NOT NULL,
    fixed_at        TEXT NOT NULL
);
INSERT INTO audit_chain (id, pre_chain_rows, pre_chain_max_id, fixed_at)
SELECT 1,
       (SELECT count(*) FROM audit WHERE hash IS NULL
          AND id < coalesce((SELECT min(id) FROM audit WHERE hash IS NOT NULL), 9223372036854775807)),
       coalesce((SELECT max(id) FROM audit WHERE hash IS NULL
          AND id < coalesce((SELECT min(id) FROM audit WHERE hash IS NOT NULL), 9223372036854775807)), 0),
       strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime');

-- The audit head last acknowledged by the server (id:hash), so an unchanged head is not sent again without events.
ALTER TABLE sync_state ADD COLUMN audit_head_sent TEXT;

-- Apologies and counter ratings travel as outbox events: the event id links a row to its event, and rows pulled from
-- other desks of the office are kept once (by event id).
ALTER TABLE apology ADD COLUMN event_id TEXT;
CREATE UNIQUE INDEX apology_event ON apology (event_id) WHERE event_id IS NOT NULL;
ALTER TABLE counter_rating ADD COLUMN event_id TEXT;
