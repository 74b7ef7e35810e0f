-- Issue 20: a dossier's fee is marked paid once (sync event FEE_PAID); the push checks for an earlier one by dossier.
CREATE INDEX sync_event_fee_paid ON sync_event (dossier_id) WHERE type = 'FEE_PAID';
