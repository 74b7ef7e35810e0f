-- Central server schema v5 (postgresql), issue 13 item 4: the receiving clerk travels with the dossier. Kept statement for
-- statement identical to the other dialect's V5. received_by_id: the clerk's account id (desk:<device>:<user> or
-- province:<agency>:<user>), received_by_name: the full name as at receipt, both from the receiving event's dossier
-- and never changed by later events; desk_no (V1) is the receiving desk. NULL on dossiers pushed by desks older than
-- this: reports then name the clerk "user name (quầy N)" from the dossier's data and desk_no.
ALTER TABLE dossier ADD COLUMN received_by_id TEXT;
ALTER TABLE dossier ADD COLUMN received_by_name TEXT;
ALTER TABLE dossier ADD COLUMN received_by TEXT;
CREATE INDEX dossier_office_clerk ON dossier (office_code, received_by_id);
