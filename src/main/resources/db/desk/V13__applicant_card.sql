-- Issue 14: an ID-card scan fills the applicant's sex and keeps the old 9-digit CMND as another identifier.
ALTER TABLE dossier ADD COLUMN applicant_sex TEXT CHECK (applicant_sex IS NULL OR applicant_sex IN ('MALE', 'FEMALE'));
ALTER TABLE dossier ADD COLUMN applicant_other_id TEXT;
