package vn.motcua.domain.citizen;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.domain.text.Msg;

/**
 * Checks identity numbers typed at the counter (DOMAIN.md §6.1): the 12-digit personal identification number,
 * the old 9-digit CMND (legacy records only) and the passport number. Problems that may be typing mistakes but
 * may also be real (unknown province, birth year mismatch) are warnings, never refusals.
 */
public final class CitizenIds {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern PASSPORT = Pattern.compile("[A-Za-z]\\d{7}");
    private static final Pattern LETTER_THEN_DIGITS = Pattern.compile("[A-Za-z]\\d*");
    private static final Pattern ASCII_LETTERS_DIGITS = Pattern.compile("[A-Za-z0-9]+");

    /** Warning attached to every accepted 9-digit CMND. */
    public static final Msg CMND_WARNING = Msg.of("id.cmnd.expired");

    private static final Map<String, String> PROVINCES = Map.ofEntries(
            Map.entry("001", "Hà Nội"), Map.entry("002", "Hà Giang"), Map.entry("004", "Cao Bằng"),
            Map.entry("006", "Bắc Kạn"), Map.entry("008", "Tuyên Quang"), Map.entry("010", "Lào Cai"),
            Map.entry("011", "Điện Biên"), Map.entry("012", "Lai Châu"), Map.entry("014", "Sơn La"),
            Map.entry("015", "Yên Bái"), Map.entry("017", "Hòa Bình"), Map.entry("019", "Thái Nguyên"),
            Map.entry("020", "Lạng Sơn"), Map.entry("022", "Quảng Ninh"), Map.entry("024", "Bắc Giang"),
            Map.entry("025", "Phú Thọ"), Map.entry("026", "Vĩnh Phúc"), Map.entry("027", "Bắc Ninh"),
            Map.entry("030", "Hải Dương"), Map.entry("031", "Hải Phòng"), Map.entry("033", "Hưng Yên"),
            Map.entry("034", "Thái Bình"), Map.entry("035", "Hà Nam"), Map.entry("036", "Nam Định"),
            Map.entry("037", "Ninh Bình"), Map.entry("038", "Thanh Hóa"), Map.entry("040", "Nghệ An"),
            Map.entry("042", "Hà Tĩnh"), Map.entry("044", "Quảng Bình"), Map.entry("045", "Quảng Trị"),
            Map.entry("046", "Thừa Thiên Huế"), Map.entry("048", "Đà Nẵng"), Map.entry("049", "Quảng Nam"),
            Map.entry("051", "Quảng Ngãi"), Map.entry("052", "Bình Định"), Map.entry("054", "Phú Yên"),
            Map.entry("056", "Khánh Hòa"), Map.entry("058", "Ninh Thuận"), Map.entry("060", "Bình Thuận"),
            Map.entry("062", "Kon Tum"), Map.entry("064", "Gia Lai"), Map.entry("066", "Đắk Lắk"),
            Map.entry("067", "Đắk Nông"), Map.entry("068", "Lâm Đồng"), Map.entry("070", "Bình Phước"),
            Map.entry("072", "Tây Ninh"), Map.entry("074", "Bình Dương"), Map.entry("075", "Đồng Nai"),
            Map.entry("077", "Bà Rịa - Vũng Tàu"), Map.entry("079", "Thành phố Hồ Chí Minh"),
            Map.entry("080", "Long An"), Map.entry("082", "Tiền Giang"), Map.entry("083", "Bến Tre"),
            Map.entry("084", "Trà Vinh"), Map.entry("086", "Vĩnh Long"), Map.entry("087", "Đồng Tháp"),
            Map.entry("089", "An Giang"), Map.entry("091", "Kiên Giang"), Map.entry("092", "Cần Thơ"),
            Map.entry("093", "Hậu Giang"), Map.entry("094", "Sóc Trăng"), Map.entry("095", "Bạc Liêu"),
            Map.entry("096", "Cà Mau"));

    private CitizenIds() {
    }

    /**
     * Checks a typed identity number. Spaces, dots and dashes are ignored.
     *
     * @param raw       what the clerk typed
     * @param birthYear the applicant's birth year if already known, else {@code null}; used to warn when the
     *                  12-digit number implies another year
     */
    public static IdCheck check(String raw, Integer birthYear) {
        String id = Separators.strip(raw, ".");
        if (id.isEmpty()) {
            return IdCheck.refused(Msg.of("id.empty"));
        }
        if (DIGITS.matcher(id).matches()) {
            return checkDigits(id, birthYear);
        }
        if (PASSPORT.matcher(id).matches()) {
            return IdCheck.accepted(IdKind.PASSPORT, id.toUpperCase(Locale.ROOT), List.of());
        }
        return IdCheck.refused(characterProblem(id));
    }

    /**
     * Splits an accepted 12-digit number into what its first six digits say.
     *
     * @return empty unless {@code id} is exactly 12 ASCII digits
     */
    public static Optional<PersonalIdParts> decode(String id) {
        if (id == null || id.length() != 12 || !DIGITS.matcher(id).matches()) {
            return Optional.empty();
        }
        int g = id.charAt(3) - '0';
        int yy = Integer.parseInt(id.substring(4, 6));
        int year = 1900 + (g / 2) * 100 + yy;
        return Optional.of(new PersonalIdParts(id.substring(0, 3), year, g % 2 == 1));
    }

    /** Name of the province with birth-registration code {@code ppp} (pre-2025 list), e.g. "038" → "Thanh Hóa". */
    public static Optional<String> provinceName(String ppp) {
        return ppp == null ? Optional.empty() : Optional.ofNullable(PROVINCES.get(ppp.trim()));
    }

    /**
     * Masks an identity number for screens, logs and public pages: keeps the first 4 and the last 2 characters
     * ({@code 038095001234} → {@code 0380******34}). Separators are removed first. Numbers of 6 characters or fewer
     * are masked completely.
     *
     * @return the masked number, or {@code null} for {@code null}
     */
    public static String mask(String id) {
        if (id == null) {
            return null;
        }
        String s = Separators.strip(id, ".").toUpperCase(Locale.ROOT);
        if (s.length() <= 6) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 4) + "*".repeat(s.length() - 6) + s.substring(s.length() - 2);
    }

    private static IdCheck checkDigits(String id, Integer birthYear) {
        return switch (id.length()) {
            case 12 -> IdCheck.accepted(IdKind.PERSONAL_ID, id, personalIdWarnings(id, birthYear));
            case 9 -> IdCheck.accepted(IdKind.CMND, id, List.of(CMND_WARNING));
            default -> IdCheck.refused(Msg.of("id.length", id.length()));
        };
    }

    private static List<Msg> personalIdWarnings(String id, Integer birthYear) {
        PersonalIdParts parts = decode(id).orElseThrow();
        List<Msg> warnings = new ArrayList<>();
        if (parts.provinceName().isEmpty()) {
            warnings.add(Msg.of("id.province.unknown", parts.provinceCode()));
        }
        if (birthYear != null && birthYear != parts.birthYear()) {
            warnings.add(Msg.of("id.birthYear.mismatch", birthYear, parts.birthYear()));
        } else if (birthYear == null && parts.birthYear() >= 2100) {
            warnings.add(Msg.of("id.century.future", id.charAt(3), parts.birthYear()));
        }
        return warnings;
    }

    private static Msg characterProblem(String id) {
        if (!ASCII_LETTERS_DIGITS.matcher(id).matches()) {
            int bad = id.codePoints().filter(cp -> !isAsciiLetterOrDigit(cp)).findFirst().orElseThrow();
            return Msg.of("id.character.invalid", new String(Character.toChars(bad)));
        }
        boolean idLength = id.length() == 12 || id.length() == 9;
        if (LETTER_THEN_DIGITS.matcher(id).matches() && !idLength) {
            return Msg.of("id.passport.length", id.length() - 1);
        }
        char letter = (char) id.chars().filter(Character::isLetter).findFirst().orElseThrow();
        return Msg.of("id.letter", letter, lookAlikeHint(letter));
    }

    private static Msg lookAlikeHint(char letter) {
        return switch (Character.toUpperCase(letter)) {
            case 'O', 'D' -> Msg.of("id.letter.looksLike", "0");
            case 'I', 'L' -> Msg.of("id.letter.looksLike", "1");
            case 'S' -> Msg.of("id.letter.looksLike", "5");
            case 'B' -> Msg.of("id.letter.looksLike", "8");
            default -> Msg.text("");
        };
    }

    private static boolean isAsciiLetterOrDigit(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }
}
