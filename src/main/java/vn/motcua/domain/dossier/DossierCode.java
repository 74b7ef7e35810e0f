package vn.motcua.domain.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;

/**
 * Dossier code (mã hồ sơ, DOMAIN.md §3.2): receiving agency, receipt date and the daily sequence,
 * written {@code AGENCY-yyMMdd-NNNN}, e.g. {@code 000.00.01.H22-250314-0007}. Two-digit years are 20yy.
 *
 * @param agency   the receiving agency
 * @param date     the receipt date, year 2000–2099
 * @param sequence the number of the dossier among those received that day by the agency, 1–9999
 */
public record DossierCode(AgencyCode agency, LocalDate date, int sequence) {

    /** Highest daily sequence number: the code has four digits for it. */
    public static final int MAX_SEQUENCE = 9999;

    public DossierCode {
        Objects.requireNonNull(agency, "agency");
        Objects.requireNonNull(date, "date");
        if (date.getYear() < 2000 || date.getYear() > 2099) {
            throw new IllegalArgumentException("dossier code year must be 2000-2099: " + date);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("dossier sequence must be 1-9999: " + sequence);
        }
    }

    /**
     * Reads a typed or scanned code; spaces are ignored, typographic dashes count as hyphens and the agency letter may be lower case.
     *
     * @throws IllegalArgumentException with a Vietnamese reason (layout, agency part, date, sequence)
     */
    public static DossierCode parse(String raw) {
        Parsed parsed = read(raw);
        if (parsed.code() == null) {
            throw new IllegalArgumentException(parsed.problem().vi());
        }
        return parsed.code();
    }

    /** Like {@link #parse(String)}, empty instead of an exception. */
    public static Optional<DossierCode> tryParse(String raw) {
        return Optional.ofNullable(read(raw).code());
    }

    /** Why {@code raw} is not a dossier code (a message key); empty when it is one. */
    public static Optional<Msg> problem(String raw) {
        return Optional.ofNullable(read(raw).problem());
    }

    /** The code as printed on the receipt, e.g. {@code 000.00.01.H22-250314-0007}. */
    @Override
    public String toString() {
        // by hand, not String.format: every registration formats its code (issue 18)
        StringBuilder sb = new StringBuilder(agency.value().length() + 12).append(agency.value()).append('-');
        twoDigits(sb, date.getYear() % 100);
        twoDigits(sb, date.getMonthValue());
        twoDigits(sb, date.getDayOfMonth());
        sb.append('-');
        if (sequence < 1000) {
            sb.append(sequence < 10 ? "000" : sequence < 100 ? "00" : "0");
        }
        return sb.append(sequence).toString();
    }

    private static void twoDigits(StringBuilder sb, int n) {
        sb.append((char) ('0' + n / 10)).append((char) ('0' + n % 10));
    }

    private static Parsed read(String raw) {
        if (raw == null || raw.isBlank()) {
            return Parsed.failure(Msg.of("dossierCode.empty"));
        }
        // printable ASCII without spaces (the codes desks send) is what the clean-up would give back unchanged
        String clean = printableAscii(raw) ? raw
                : DASHES.matcher(Text.nfc(raw).replace(" ", "")).replaceAll("-");
        String[] parts = clean.split("-", -1);
        if (parts.length != 3) {
            return Parsed.failure(Msg.of("dossierCode.layout"));
        }
        Optional<Msg> agencyProblem = AgencyCode.problem(parts[0]);
        if (agencyProblem.isPresent()) {
            return Parsed.failure(Msg.of("dossierCode.agency", agencyProblem.get()));
        }
        if (!digits(parts[1], 6)) {
            return Parsed.failure(Msg.of("dossierCode.date.digits"));
        }
        if (!digits(parts[2], 4)) {
            return Parsed.failure(Msg.of("dossierCode.sequence.digits"));
        }
        int sequence = Integer.parseInt(parts[2]);
        if (sequence == 0) {
            return Parsed.failure(Msg.of("dossierCode.sequence.zero"));
        }
        return readDate(parts[1])
                .map(date -> Parsed.success(new DossierCode(AgencyCode.parse(parts[0]), date, sequence)))
                .orElseGet(() -> Parsed.failure(dateProblem(parts[1])));
    }

    /** Typographic dashes and the minus sign, read as hyphens. */
    private static final java.util.regex.Pattern DASHES = java.util.regex.Pattern.compile("[\u2010-\u2015\u2212]");

    private static boolean printableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~') {
                return false;
            }
        }
        return true;
    }

    /** Exactly {@code n} characters, each an ASCII digit (what {@code \\d{n}} matched). */
    private static boolean digits(String s, int n) {
        if (s.length() != n) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static Optional<LocalDate> readDate(String yymmdd) {
        int year = 2000 + Integer.parseInt(yymmdd.substring(0, 2));
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        int day = Integer.parseInt(yymmdd.substring(4, 6));
        if (month < 1 || month > 12 || day < 1 || day > YearMonth.of(year, month).lengthOfMonth()) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(year, month, day));
    }

    private static Msg dateProblem(String yymmdd) {
        int month = Integer.parseInt(yymmdd.substring(2, 4));
        if (month < 1 || month > 12) {
            return Msg.of("dossierCode.date.month", yymmdd, month);
        }
        return Msg.of("dossierCode.date.day", yymmdd, yymmdd.substring(4, 6) + "/" + yymmdd.substring(2, 4) + "/20"
                + yymmdd.substring(0, 2));
    }

    /** Outcome of reading a code: exactly one of the two is set. */
    private record Parsed(DossierCode code, Msg problem) {

        static Parsed success(DossierCode code) {
            return new Parsed(code, null);
        }

        static Parsed failure(Msg problem) {
            return new Parsed(null, problem);
        }
    }
}
