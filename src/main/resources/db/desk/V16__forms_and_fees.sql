-- Issue 20: forms exactly as the law prints them, and the fee paid by VietQR.

-- The logbook line (Sổ theo dõi hồ sơ, "Quyển số …, Số thứ tự …") is given once, when the dossier is received, and
-- never changes on a reprint. One book a year per desk: volume "2026" on desk 1, "2026/2" on desk 2 (decision 0010).
CREATE TABLE logbook_line (
    dossier_id TEXT PRIMARY KEY REFERENCES dossier (id),
    volume     TEXT    NOT NULL,
    line       INTEGER NOT NULL CHECK (line > 0)
);
CREATE INDEX logbook_line_volume ON logbook_line (volume, line);

-- Dossiers already received keep the number their receipt printed until now (the order of reception in the year),
-- counted per book so that a single-desk office sees exactly the numbers it has printed.
INSERT INTO logbook_line (dossier_id, volume, line)
SELECT id, vol, ROW_NUMBER() OVER (PARTITION BY vol ORDER BY received_at, code)
FROM (SELECT id, code, received_at,
             substr(received_at, 1, 4) || CASE WHEN desk_no > 1 THEN '/' || desk_no ELSE '' END AS vol
      FROM dossier);

-- The fee of a dossier marked paid at the counter (cash or bank transfer, e.g. by the receipt's VietQR code).
CREATE TABLE fee_payment (
    dossier_id TEXT PRIMARY KEY REFERENCES dossier (id),
    amount_vnd INTEGER NOT NULL CHECK (amount_vnd > 0),
    method     TEXT    NOT NULL CHECK (method IN ('CASH', 'TRANSFER')),
    paid_at    TEXT    NOT NULL,
    paid_by    TEXT    NOT NULL,
    note       TEXT
);
CREATE INDEX fee_payment_paid_at ON fee_payment (paid_at);

-- The officer's phone printed on the supplement request (Mẫu 02).
ALTER TABLE app_user ADD COLUMN phone TEXT NOT NULL DEFAULT '';
