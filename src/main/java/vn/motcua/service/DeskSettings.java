package vn.motcua.service;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.motcua.domain.calendar.AppointmentRules;
import vn.motcua.domain.calendar.SameDayLateMode;
import vn.motcua.domain.calendar.WorkingSessions;
import vn.motcua.domain.dossier.SequenceBlocks;

/**
 * The desk's settings with their defaults (DOMAIN.md [I] items are settings, not constants). Stored as key/value text
 * in the {@code setting} table; unknown or unreadable values fall back to the default and are reported by
 * {@link #problems(Map)}.
 */
public record DeskSettings(
        WorkingSessions sessions,
        LocalTime sameDayCutoff,
        SameDayLateMode sameDayLateMode,
        boolean calendarDaysSkipHolidays,
        int codeBlockSize,
        Duration dueSoonWindow,
        String centralBaseUrl,
        String templateSet,
        LocalDate templateSet2025From,
        String paymentBankBin,
        String paymentAccount,
        String paymentAccountName) {

    public static final String MORNING_START = "appointment.morningStart";
    public static final String MORNING_END = "appointment.morningEnd";
    public static final String AFTERNOON_START = "appointment.afternoonStart";
    public static final String AFTERNOON_END = "appointment.afternoonEnd";
    public static final String CUTOFF = "appointment.sameDayCutoff";
    public static final String LATE_MODE = "appointment.sameDayLateMode";
    public static final String SKIP_HOLIDAYS = "appointment.calendarDaysSkipHolidays";
    public static final String BLOCK_SIZE = "codes.blockSize";
    public static final String DUE_SOON_HOURS = "queue.dueSoonHours";
    public static final String CENTRAL_URL = "central.baseUrl";
    /**
     * Which set of forms to print: {@code AUTO} (by the dossier's receipt date, see {@link #TEMPLATE_SET_2025_FROM}),
     * or {@code TT01_2018} / {@code TT03_2025} for every dossier.
     */
    public static final String TEMPLATE_SET = "print.templateSet";
    /** The first receipt date printed on the Circular 03/2025/TT-VPCP forms when the set is {@code AUTO}. */
    public static final String TEMPLATE_SET_2025_FROM = "print.templateSet2025From";
    /** The office's bank for fees paid by VietQR: the bank's 6-digit BIN (blank: no VietQR code). */
    public static final String PAYMENT_BANK_BIN = "payment.bankBin";
    public static final String PAYMENT_ACCOUNT = "payment.account";
    /** The account holder's name, printed beside the VietQR code. */
    public static final String PAYMENT_ACCOUNT_NAME = "payment.accountName";

    /** Template set value meaning "by the dossier's receipt date". */
    public static final String TEMPLATE_SET_AUTO = "AUTO";
    /** Circular 03/2025/TT-VPCP is dated 15 Sep 2025; its entry into force is to be verified (DOMAIN.md §10). */
    public static final LocalDate DEFAULT_2025_FROM = LocalDate.of(2025, 9, 15);

    /** Placeholder until the desk is enrolled with the province's server. */
    public static final String PLACEHOLDER_URL = "https://dichvucong.example.gov.vn";

    /** Whether receipts' QR codes lead somewhere: false while the address is still the placeholder (not enrolled). */
    public boolean qrCodesWork() {
        return centralBaseUrl != null && !centralBaseUrl.isBlank() && !PLACEHOLDER_URL.equals(centralBaseUrl.strip());
    }

    public static DeskSettings defaults() {
        return from(Map.of());
    }

    public AppointmentRules appointmentRules() {
        return new AppointmentRules(sessions, sameDayCutoff, sameDayLateMode, calendarDaysSkipHolidays);
    }

    public SequenceBlocks sequenceBlocks() {
        return new SequenceBlocks(codeBlockSize);
    }

    /** Reads settings from stored text values; a bad value falls back to its default. */
    public static DeskSettings from(Map<String, String> values) {
        WorkingSessions d = WorkingSessions.DEFAULT;
        WorkingSessions sessions;
        try {
            sessions = new WorkingSessions(
                    get(values, MORNING_START, LocalTime::parse, d.morningStart()),
                    get(values, MORNING_END, LocalTime::parse, d.morningEnd()),
                    get(values, AFTERNOON_START, LocalTime::parse, d.afternoonStart()),
                    get(values, AFTERNOON_END, LocalTime::parse, d.afternoonEnd()));
        } catch (IllegalArgumentException e) {
            sessions = d;
        }
        return new DeskSettings(sessions,
                get(values, CUTOFF, LocalTime::parse, AppointmentRules.DEFAULT.sameDayCutoff()),
                get(values, LATE_MODE, SameDayLateMode::valueOf, AppointmentRules.DEFAULT.sameDayLateMode()),
                get(values, SKIP_HOLIDAYS, Boolean::parseBoolean, AppointmentRules.DEFAULT.calendarDaysSkipHolidays()),
                get(values, BLOCK_SIZE, Integer::parseInt, SequenceBlocks.DEFAULT.blockSize()),
                Duration.ofHours(get(values, DUE_SOON_HOURS, Integer::parseInt, 24)),
                get(values, CENTRAL_URL, Function.identity(), PLACEHOLDER_URL),
                get(values, TEMPLATE_SET, DeskSettings::templateSetValue, TEMPLATE_SET_AUTO),
                get(values, TEMPLATE_SET_2025_FROM, LocalDate::parse, DEFAULT_2025_FROM),
                get(values, PAYMENT_BANK_BIN, String::strip, ""),
                get(values, PAYMENT_ACCOUNT, String::strip, ""),
                get(values, PAYMENT_ACCOUNT_NAME, String::strip, ""));
    }

    /** The settings as key/value text, for display and export. */
    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(MORNING_START, sessions.morningStart().toString());
        m.put(MORNING_END, sessions.morningEnd().toString());
        m.put(AFTERNOON_START, sessions.afternoonStart().toString());
        m.put(AFTERNOON_END, sessions.afternoonEnd().toString());
        m.put(CUTOFF, sameDayCutoff.toString());
        m.put(LATE_MODE, sameDayLateMode.name());
        m.put(SKIP_HOLIDAYS, String.valueOf(calendarDaysSkipHolidays));
        m.put(BLOCK_SIZE, String.valueOf(codeBlockSize));
        m.put(DUE_SOON_HOURS, String.valueOf(dueSoonWindow.toHours()));
        m.put(CENTRAL_URL, centralBaseUrl);
        m.put(TEMPLATE_SET, templateSet);
        m.put(TEMPLATE_SET_2025_FROM, templateSet2025From.toString());
        m.put(PAYMENT_BANK_BIN, paymentBankBin);
        m.put(PAYMENT_ACCOUNT, paymentAccount);
        m.put(PAYMENT_ACCOUNT_NAME, paymentAccountName);
        return m;
    }

    /** {@code AUTO}, {@code TT01_2018} or {@code TT03_2025} (case and dash tolerant); anything else is refused. */
    public static String templateSetValue(String v) {
        String t = v.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        if (t.equals(TEMPLATE_SET_AUTO) || t.equals("TT01_2018") || t.equals("TT03_2025")) {
            return t;
        }
        throw new IllegalArgumentException("unknown template set " + v);
    }

    private static <T> T get(Map<String, String> values, String key, Function<String, T> parse, T fallback) {
        String v = values.get(key);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return parse.apply(v.trim());
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
