package vn.motcua.domain.citizen;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;

/**
 * The data in the QR code of a chip citizen identity card (CCCD, 2021) or an identity card (thẻ căn cước, 2024):
 * fields separated by {@code |}, read by position (docs/id-card.md):
 * <pre>
 * 7 fields: ID | old 9-digit ID (often empty) | full name | date of birth ddMMyyyy | Nam/Nữ | address | issued ddMMyyyy
 * 6 fields: ID | full name | date of birth | Nam/Nữ | address | issued          (no old-ID field)
 * 2024 card: the 7 fields, then more (kept in {@link #extraFields()}, never a reason to refuse)
 * </pre>
 * Reading checks what a scan can damage: the number of fields, the dates, the ID (with {@link CitizenIds}, its
 * century/sex digit against the date of birth and sex) and Vietnamese letters lost on the way (replaced by "?",
 * dropped, or UTF-8 read as another code page). A damaged payload gives a reason and no card, so nothing is filled.
 * The payload is personal data: {@link #toString()} masks it.
 *
 * @param raw          the payload exactly as received
 * @param idNumber     the 12-digit personal identification number
 * @param oldIdNumber  the old 9-digit CMND number, or null when the card has none
 * @param fullName     NFC, proper case ("NGUYỄN VĂN AN" → "Nguyễn Văn An"), every diacritic kept
 * @param address      place of permanent residence as printed (NFC, spaces cleaned)
 * @param extraFields  the fields after the known ones (2024 cards), as received
 * @param warnings     notes for the clerk (message keys, decision 0009) that do not stop filling the form
 */
public record IdCardPayload(String raw, String idNumber, String oldIdNumber, String fullName, LocalDate dateOfBirth,
                            Sex sex, String address, LocalDate issuedOn, List<String> extraFields,
                            List<Msg> warnings) {

    /** The 2025 reorganisation of communes took effect on this day; cards issued before carry the old unit names. */
    public static final LocalDate COMMUNE_REORGANISATION = LocalDate.of(2025, 7, 1);
    /** The key of the warning "the name has no diacritics" ({0}: the name), so a screen can tell it apart. */
    public static final String NAME_NO_DIACRITICS_KEY = "card.name.noDiacritics";
    /** The key of the warning "issued before the 2025 reorganisation" ({0}: the issue date). */
    public static final String ISSUED_BEFORE_REORGANISATION_KEY = "card.issued.beforeReorganisation";
    /** The first day a 12-digit citizen identity card could have been issued. */
    static final LocalDate FIRST_CARD = LocalDate.of(2016, 1, 1);

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern DATE_LIKE = Pattern.compile("\\d{8}|\\d{2}[/.-]\\d{2}[/.-]\\d{4}");
    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("ddMMuuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT);
    /** Address abbreviations written without a vowel (thành phố, thị xã, thị trấn, khu phố, tổ dân phố, …). */
    private static final Set<String> ABBREVIATIONS = Set.of("tp", "tx", "tt", "kp", "tdp", "kdc", "p", "q", "h",
            "x", "kcn", "ccn", "dt", "ql", "tl", "hl");
    /** Characters the cp1252 code page puts at 0x80–0x9F; after a lead letter they betray UTF-8 read as cp1252. */
    private static final String CP1252_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

    public IdCardPayload {
        extraFields = extraFields == null ? List.of() : List.copyOf(extraFields);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /**
     * Reads a scanned payload.
     *
     * @param text  what the scanner delivered (a trailing new line is ignored)
     * @param today the counter's date, to refuse dates in the future
     */
    public static IdCardReading read(String text, LocalDate today) {
        if (text == null || text.isBlank()) {
            return IdCardReading.damaged(Msg.of("card.empty"));
        }
        Msg lost = lostLetters(text);
        if (lost != null) {
            return IdCardReading.damaged(lost);
        }
        String body = text.replace("\uFEFF", "").strip();
        String[] f = body.split("\\|", -1);
        for (int i = 0; i < f.length; i++) {
            f[i] = Text.nfc(f[i]);
        }
        boolean seven = f.length >= 7 && DATE_LIKE.matcher(f[3]).matches();
        boolean six = !seven && f.length >= 6 && DATE_LIKE.matcher(f[2]).matches();
        if (!seven && !six) {
            if (f.length < 6) {
                return IdCardReading.damaged(Msg.of("card.fields.few", f.length));
            }
            return IdCardReading.damaged(Msg.of("card.birthDate.missing", f[f.length >= 7 ? 3 : 2]));
        }
        int o = seven ? 1 : 0; // offset of the fields after the old ID
        String id = f[0];
        String oldId = seven ? f[1] : "";
        String nameText = f[1 + o];
        String dobText = f[2 + o];
        String sexText = f[3 + o];
        String address = f[4 + o];
        String issuedText = f[5 + o];
        List<String> extras = Arrays.asList(f).subList(6 + o, f.length);

        Msg stripped = strippedLetters(nameText, address, sexText);
        if (stripped != null) {
            return IdCardReading.damaged(stripped);
        }
        LocalDate dob;
        LocalDate issued;
        try {
            dob = date(dobText);
        } catch (DateTimeParseException e) {
            return IdCardReading.damaged(Msg.of("card.birthDate.invalid", dobText));
        }
        try {
            issued = date(issuedText);
        } catch (DateTimeParseException e) {
            return IdCardReading.damaged(Msg.of("card.issued.invalid", issuedText));
        }
        if (dob.isAfter(today) || dob.getYear() < 1900) {
            return IdCardReading.damaged(Msg.of("card.birthDate.impossible", SHOWN.format(dob)));
        }
        if (issued.isAfter(today) || issued.isBefore(FIRST_CARD) || issued.isBefore(dob)) {
            return IdCardReading.damaged(Msg.of("card.issued.impossible", SHOWN.format(issued), SHOWN.format(dob)));
        }
        var sex = Sex.parse(sexText);
        if (sex.isEmpty()) {
            return IdCardReading.damaged(Msg.of("card.sex.invalid", sexText));
        }
        IdCheck check = CitizenIds.check(id, dob.getYear());
        if (!check.valid() || check.kind() != IdKind.PERSONAL_ID || !id.equals(check.normalized())) {
            return IdCardReading.damaged(Msg.of("card.id.invalid",
                    check.valid() ? Msg.of("card.id.twelveDigits") : check.error()));
        }
        PersonalIdParts parts = CitizenIds.decode(id).orElseThrow();
        if (parts.birthYear() != dob.getYear()) {
            return IdCardReading.damaged(Msg.of("card.id.birthYear", parts.birthYear(), dob.getYear()));
        }
        if (parts.female() != (sex.get() == Sex.FEMALE)) {
            return IdCardReading.damaged(Msg.of("card.id.sex", id.charAt(3),
                    parts.female() ? Msg.of("card.sex.female") : Msg.of("card.sex.male"),
                    sex.get() == Sex.FEMALE ? Msg.of("card.sex.female") : Msg.of("card.sex.male")));
        }
        if (!oldId.isEmpty() && !(DIGITS.matcher(oldId).matches() && (oldId.length() == 9 || oldId.length() == 12))) {
            return IdCardReading.damaged(Msg.of("card.oldId.invalid"));
        }
        String name = Text.personName(nameText);
        if (name.isEmpty() || name.codePoints().anyMatch(Character::isDigit)) {
            return IdCardReading.damaged(Msg.of("card.name.unreadable"));
        }
        List<Msg> warnings = new ArrayList<>(check.warnings());
        if (isAscii(name)) {
            warnings.add(Msg.of(NAME_NO_DIACRITICS_KEY, name));
        } else if (!address.isEmpty() && isAscii(address)) {
            warnings.add(Msg.of("card.address.noDiacritics"));
        }
        if (issued.isBefore(COMMUNE_REORGANISATION)) {
            warnings.add(Msg.of(ISSUED_BEFORE_REORGANISATION_KEY, SHOWN.format(issued)));
        }
        return IdCardReading.of(new IdCardPayload(text, id, oldId.isEmpty() ? null : oldId, name, dob, sex.get(),
                address, issued, extras, warnings));
    }

    /**
     * Whether a burst of scanned text is meant as an identity-card payload (damaged or not): a 12-digit first field
     * followed by {@code |}, or at least five fields of which the first is digits. Receipt codes and URLs are not.
     */
    public static boolean looksLikeCard(String text) {
        if (text == null) {
            return false;
        }
        String[] f = text.strip().split("\\|", -1);
        if (f.length < 2 || f[0].isEmpty() || !DIGITS.matcher(f[0]).matches()) {
            return false;
        }
        return f[0].length() == 12 || f.length >= 5;
    }

    /** True when the card was issued before 1 July 2025: its address may carry the old commune and district names. */
    public boolean addressPredatesReorganisation() {
        return issuedOn.isBefore(COMMUNE_REORGANISATION);
    }

    /** True when the name has no Vietnamese letter: the scanner (keyboard mode) dropped the diacritics. */
    public boolean nameWithoutDiacritics() {
        return isAscii(fullName);
    }

    /** Masked: the payload is personal data and must never reach a log in full. */
    @Override
    public String toString() {
        return "IdCardPayload[id=" + CitizenIds.mask(idNumber) + ", fields=" + (raw.split("\\|", -1).length) + "]";
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text.replaceAll("[/.-]", ""), DDMMYYYY);
    }

    /** Letters lost to the code page: "?" or U+FFFD in place of a letter, or UTF-8 read as Latin-1/cp1252. */
    private static Msg lostLetters(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            char lead = text.charAt(i);
            char next = text.charAt(i + 1);
            boolean leadLetter = lead == 'Ã' || lead == 'Ä' || lead == 'Æ' || lead == 'Â' || lead == 'Å'
                    || lead == 'á' || lead == 'â';
            boolean continuation = (next >= '\u0080' && next <= '\u00BF') || CP1252_HIGH.indexOf(next) >= 0;
            if (leadLetter && continuation) {
                return Msg.of("card.codePage", "" + lead + next);
            }
        }
        if (text.indexOf('\uFFFD') >= 0 || text.indexOf('?') >= 0) {
            return Msg.of("card.questionMarks");
        }
        return null;
    }

    /**
     * Letters dropped on the way (a keyboard-mode scanner that cannot type "ễ" types nothing): a Vietnamese syllable
     * always has a vowel, so a name word, a sex or an address word in lower case without one ("Nguyn Vn", "Thn")
     * means letters were lost.
     */
    private static Msg strippedLetters(String name, String address, String sex) {
        boolean lost = Arrays.stream(name.split(" ")).anyMatch(w -> !w.isEmpty() && noVowel(w))
                || (!sex.isEmpty() && noVowel(sex));
        long upperAbbreviationsUnknown = 0;
        for (String w : address.split("[^\\p{L}]+")) {
            if (w.isEmpty() || !noVowel(w)) {
                continue;
            }
            if (!w.equals(w.toUpperCase(Locale.ROOT))) {
                lost = true;
            } else if (!ABBREVIATIONS.contains(w.toLowerCase(Locale.ROOT))) {
                upperAbbreviationsUnknown++;
            }
        }
        if (!lost && upperAbbreviationsUnknown < 2) {
            return null;
        }
        return Msg.of("card.lettersLost", name);
    }

    private static boolean noVowel(String word) {
        String folded = Text.fold(word);
        if (folded.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        return folded.chars().noneMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    private static boolean isAscii(String s) {
        return s.chars().allMatch(c -> c < 128);
    }
}
