-- Central server schema v14: the liên thông sub-state kept through a supplement or a payment the agency asked for
-- (the desk's rule, DossierLifecycle.interopAfter). Servers before v14 forgot the agency on any action but the
-- sending, and then refused a desk's «Nhận lại từ liên thông». The dossier's JSON always kept the agency (the merge
-- follows the desk's lifecycle), so the column is put back from it for the dossiers still in 4, 5 or 6.
-- Same statement as the other dialect's V14 but for the JSON operator.
UPDATE dossier SET interop_agency = CAST(data AS jsonb) ->> 'interopAgency'
WHERE interop_agency IS NULL AND status IN (4, 5, 6)
  AND CAST(data AS jsonb) ->> 'interopAgency' IS NOT NULL AND CAST(data AS jsonb) ->> 'interopAgency' <> '';
