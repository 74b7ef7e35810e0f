package vn.motcua.domain.fee;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The VietQR payment code of a fee: an EMVCo merchant-presented payload (data objects ID–length–value) with the NAPAS
 * VietQR merchant account template (ID 38), built from the public descriptions of the format (../shared/INTEGRATION.md
 * §4, docs/forms.md). It carries only the office's bank account, the amount and the dossier code, never personal data.
 *
 * <pre>
 * 00 02 "01"                       payload format indicator
 * 01 02 "11" static | "12" dynamic  (dynamic when an amount is set)
 * 38 ..  00 10 "A000000727"         NAPAS VietQR identifier (GUID)
 *        01 ..  00 06 bank BIN      beneficiary organisation: acquirer (bank) BIN
 *               01 .. account       and the account number
 *        02 08 "QRIBFTTA"           service: inter-bank fund transfer 24/7 to an account
 * 53 03 "704"                      currency VND (ISO 4217)
 * 54 .. amount                     integer đồng
 * 58 02 "VN"
 * 62 ..  08 .. purpose             purpose of transaction: the dossier code
 * 63 04 CRC                        CRC-16/CCITT-FALSE over everything before it, "6304" included
 * </pre>
 */
public final class VietQr {
    /** NAPAS's application identifier for VietQR in the merchant account template. */
    public static final String NAPAS_GUID = "A000000727";
    public static final String SERVICE_TO_ACCOUNT = "QRIBFTTA";
    public static final String CURRENCY_VND = "704";
    /** Longest value EMVCo allows in a sub-field of the additional data template (ID 62). */
    public static final int MAX_PURPOSE = 25;
    /** Longest account number VietQR accepts. */
    public static final int MAX_ACCOUNT = 19;
    /** Largest amount the 13-character amount field holds. */
    public static final long MAX_AMOUNT = 9_999_999_999_999L;

    private VietQr() {
    }

    /**
     * The payload for a transfer of {@code amountVnd} (0 or less: a static code, the payer types the amount) to the
     * account, with {@code purpose} (folded to ASCII, at most {@value #MAX_PURPOSE} characters) as the transfer note.
     *
     * @throws IllegalArgumentException when the BIN, account or purpose cannot be carried (see {@link #problem})
     */
    public static String payload(String bankBin, String account, long amountVnd, String purpose) {
        Optional<vn.motcua.domain.text.Msg> p = problem(bankBin, account);
        if (p.isPresent()) {
            throw new IllegalArgumentException(p.get().vi());
        }
        if (amountVnd > MAX_AMOUNT) {
            throw new IllegalArgumentException("amount too large for a VietQR code");
        }
        String note = purpose == null ? "" : ascii(purpose);
        if (note.length() > MAX_PURPOSE) {
            throw new IllegalArgumentException("purpose longer than " + MAX_PURPOSE + " characters: " + note);
        }
        StringBuilder out = new StringBuilder();
        out.append(tlv("00", "01"));
        out.append(tlv("01", amountVnd > 0 ? "12" : "11"));
        out.append(tlv("38", tlv("00", NAPAS_GUID)
                + tlv("01", tlv("00", bankBin) + tlv("01", account))
                + tlv("02", SERVICE_TO_ACCOUNT)));
        out.append(tlv("53", CURRENCY_VND));
        if (amountVnd > 0) {
            out.append(tlv("54", Long.toString(amountVnd)));
        }
        out.append(tlv("58", "VN"));
        if (!note.isEmpty()) {
            out.append(tlv("62", tlv("08", note)));
        }
        out.append("6304");
        return out + Crc16CcittFalse.hex(out.toString());
    }

    /** Why a bank BIN and account cannot go into a VietQR code (Vietnamese), or empty when they can. */
    public static Optional<vn.motcua.domain.text.Msg> problem(String bankBin, String account) {
        if (bankBin == null || !bankBin.matches("\\d{6}")) {
            return Optional.of(vn.motcua.domain.text.Msg.of("vietQr.bankBin"));
        }
        if (account == null || !account.matches("[0-9A-Za-z]{1," + MAX_ACCOUNT + "}")) {
            return Optional.of(vn.motcua.domain.text.Msg.of("vietQr.account", MAX_ACCOUNT));
        }
        return Optional.empty();
    }

    /** The transfer note for a dossier: its code, without the dots of the agency part if it would be too long. */
    public static String purposeFor(String dossierCode) {
        String c = dossierCode == null ? "" : dossierCode.strip();
        if (c.length() > MAX_PURPOSE) {
            c = c.replace(".", "");
        }
        return c.length() > MAX_PURPOSE ? c.substring(c.length() - MAX_PURPOSE) : c;
    }

    /**
     * Reads a payload back into its top-level data objects (ID → value) after checking the lengths and the checksum.
     *
     * @throws IllegalArgumentException when the structure or the CRC is wrong
     */
    public static Map<String, String> parse(String payload) {
        if (payload == null || payload.length() < 8 || !payload.substring(payload.length() - 8).startsWith("6304")) {
            throw new IllegalArgumentException("payload does not end with the CRC data object 63");
        }
        String body = payload.substring(0, payload.length() - 4);
        String crc = payload.substring(payload.length() - 4).toUpperCase(Locale.ROOT);
        if (!Crc16CcittFalse.hex(body).equals(crc)) {
            throw new IllegalArgumentException("CRC mismatch: expected " + Crc16CcittFalse.hex(body) + ", found "
                    + crc);
        }
        return objects(payload);
    }

    /** The data objects of a template (ID → value), in order. */
    public static Map<String, String> objects(String template) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        while (i < template.length()) {
            if (i + 4 > template.length()) {
                throw new IllegalArgumentException("truncated data object at " + i);
            }
            String id = template.substring(i, i + 2);
            int len;
            try {
                len = Integer.parseInt(template.substring(i + 2, i + 4));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad length at " + i);
            }
            if (!id.matches("\\d\\d") || i + 4 + len > template.length()) {
                throw new IllegalArgumentException("bad data object " + id + " at " + i);
            }
            out.put(id, template.substring(i + 4, i + 4 + len));
            i += 4 + len;
        }
        return out;
    }

    /** Text as plain printable ASCII: diacritics dropped, đ → d, anything else outside ASCII removed. */
    static String ascii(String s) {
        String folded = Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        return folded.replaceAll("[^\\x20-\\x7E]", "").strip();
    }

    private static String tlv(String id, String value) {
        if (value.length() > 99) {
            throw new IllegalArgumentException("data object " + id + " longer than 99 characters");
        }
        return id + String.format(Locale.ROOT, "%02d", value.length()) + value;
    }
}
