package vn.motcua.domain.dossier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.citizen.CitizenIds;
import vn.motcua.domain.citizen.Emails;
import vn.motcua.domain.citizen.IdCheck;
import vn.motcua.domain.citizen.PersonNames;
import vn.motcua.domain.citizen.PhoneCheck;
import vn.motcua.domain.citizen.PhoneNumbers;
import vn.motcua.domain.citizen.Sex;
import vn.motcua.domain.text.InputProblem;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;

/**
 * Turns a registration request as typed (at the counter, or given to {@code register --json}) into a
 * {@link CheckedRegistration}, or into the list of every problem, in one call (decision 0019). Every value is cleaned
 * once here (NFC, names as on papers, ID and phone numbers normalised); the service stores what comes out, and the
 * desk's live check runs the same step on the form as it is typed, so the two never disagree.
 *
 * <p>Pure: the catalogue and the time zone are given, and "now" is an argument.
 */
public final class RegistrationParser {
    /** Limits of the free-text values. */
    public static final int SUMMARY_MAX = 1000;
    public static final int NOTES_MAX = 2000;
    public static final int ADDRESS_MAX = 300;
    public static final int DOCUMENT_NAME_MAX = 500;
    public static final int DOCUMENTS_MAX = 100;
    public static final int COUNT_MAX = 999;
    public static final int SETS_MAX = 99;

    private final Function<String, Optional<Procedure>> catalogue;
    private final ZoneId zone;

    /**
     * @param catalogue finds a procedure by its code (active or not)
     * @param zone      the office's time zone, for a reception time given with an offset
     */
    public RegistrationParser(Function<String, Optional<Procedure>> catalogue, ZoneId zone) {
        this.catalogue = catalogue;
        this.zone = zone;
    }

    /**
     * Checks {@code r} as received at {@code now} (when the request names no reception time).
     *
     * @return the checked registration, or every problem found; never throws for bad input
     */
    public ParsedRegistration parse(RegistrationRequest r, LocalDateTime now) {
        Found f = new Found();
        if (r == null) {
            f.problems.add(InputProblem.missing("", "registration.empty"));
            return f.result(null);
        }
        Procedure procedure = procedure(r.procedureCode(), f);
        Channel channel = r.channel() == null ? Channel.DIRECT : Channel.parse(r.channel()).orElse(null);
        if (channel == null) {
            f.problems.add(InputProblem.of("channel", "registration.channel.invalid"));
        }
        ReturnMethod returnMethod = r.returnMethod() == null ? ReturnMethod.COUNTER
                : ReturnMethod.parse(r.returnMethod()).orElse(null);
        if (returnMethod == null) {
            f.problems.add(InputProblem.of("returnMethod", "registration.returnMethod.invalid"));
        }
        LocalDateTime receivedAt = receivedAt(r.receivedAt(), now.withNano(0), f);
        Applicant applicant = person("applicant", r.applicant(), true, receivedAt.toLocalDate(), f);
        Applicant submitter = r.submitter() == null ? null
                : person("submitter", r.submitter(), false, receivedAt.toLocalDate(), f);
        List<ReceivedDocument> documents = documents(r.documents(), procedure, f);
        int sets = r.sets() == null ? 1 : r.sets();
        if (sets < 1 || sets > SETS_MAX) {
            f.problems.add(InputProblem.of("sets", "registration.sets.range"));
        }
        String summary = limited("summary", r.summary(), SUMMARY_MAX, "registration.summary", f);
        String notes = limited("notes", r.notes(), NOTES_MAX, "registration.notes", f);
        return f.result(f.problems.isEmpty() ? new CheckedRegistration(procedure, channel, returnMethod, receivedAt,
                applicant, submitter, documents, sets, summary, notes) : null);
    }

    /** Problems and warnings found so far. */
    private static final class Found {
        final List<InputProblem> problems = new ArrayList<>();
        final List<InputProblem> warnings = new ArrayList<>();

        ParsedRegistration result(CheckedRegistration checked) {
            return new ParsedRegistration(checked, problems, warnings);
        }
    }

    private Procedure procedure(String raw, Found f) {
        String code = Text.nfc(raw);
        if (code == null || code.isEmpty()) {
            f.problems.add(InputProblem.missing("procedureCode", "registration.procedure.missing"));
            return null;
        }
        Procedure p = catalogue.apply(code).orElse(null);
        if (p == null) {
            f.problems.add(InputProblem.of("procedureCode", "registration.procedure.unknown", code));
        } else if (!p.active()) {
            f.problems.add(InputProblem.of("procedureCode", "registration.procedure.inactive", code));
        }
        return p;
    }

    private LocalDateTime receivedAt(String text, LocalDateTime now, Found f) {
        if (Text.isBlank(text)) {
            return now;
        }
        LocalDateTime t;
        try {
            t = LocalDateTime.parse(text.trim());
        } catch (DateTimeParseException e) {
            try {
                t = OffsetDateTime.parse(text.trim()).atZoneSameInstant(zone).toLocalDateTime();
            } catch (DateTimeParseException e2) {
                f.problems.add(InputProblem.of("receivedAt", "registration.receivedAt.format", text));
                return now;
            }
        }
        if (t.isAfter(now.plusMinutes(5))) {
            f.problems.add(InputProblem.of("receivedAt", "registration.receivedAt.future"));
        } else if (t.getYear() < 2000) {
            f.problems.add(InputProblem.of("receivedAt", "registration.receivedAt.invalid"));
        }
        return t;
    }

    private static Applicant person(String field, RegistrationRequest.Person p, boolean owner, LocalDate today,
                                    Found f) {
        Msg who = Msg.of(owner ? "registration.person.owner" : "registration.person.submitter");
        if (p == null) {
            f.problems.add(InputProblem.missing(field, "registration.person.missing", who));
            return null;
        }
        int before = f.problems.size();
        String name = PersonNames.normalize(p.fullName());
        if (name == null) {
            f.problems.add(InputProblem.missing(field + ".fullName", "registration.name.empty", who));
        } else {
            PersonNames.problem(name).ifPresent(m -> f.problems.add(new InputProblem(field + ".fullName", m, false)));
        }
        LocalDate birth = birthDate(field + ".birthDate", p.birthDate(), today, f);
        String id = null;
        if (Text.isBlank(p.idNumber())) {
            if (owner) {
                f.problems.add(InputProblem.missing(field + ".idNumber", "registration.idNumber.empty"));
            }
        } else {
            IdCheck check = CitizenIds.check(p.idNumber(), birth == null ? null : birth.getYear());
            if (!check.valid()) {
                f.problems.add(new InputProblem(field + ".idNumber", check.error(), false));
            } else {
                id = check.normalized();
                check.warnings().forEach(w -> f.warnings.add(new InputProblem(field + ".idNumber", w,
                        false)));
            }
        }
        String phone = null;
        if (!Text.isBlank(p.phone())) {
            PhoneCheck check = PhoneNumbers.check(p.phone());
            if (!check.valid()) {
                f.problems.add(new InputProblem(field + ".phone", check.error(), false));
            } else {
                phone = check.normalized();
            }
        }
        String email = Text.nfc(p.email());
        if (email != null && !email.isEmpty() && !Emails.isValid(email)) {
            f.problems.add(InputProblem.of(field + ".email", "registration.email.invalid", email));
        }
        String address = limited(field + ".address", p.address(), ADDRESS_MAX, "registration.address", f);
        Sex sex = null;
        if (!Text.isBlank(p.sex())) {
            sex = Sex.parse(p.sex()).orElse(null);
            if (sex == null) {
                f.problems.add(InputProblem.of(field + ".sex", "registration.sex.invalid"));
            }
        }
        String otherId = null;
        if (!Text.isBlank(p.otherIdNumber())) {
            IdCheck check = CitizenIds.check(p.otherIdNumber(), null);
            if (!check.valid()) {
                f.problems.add(InputProblem.of(field + ".otherIdNumber", "registration.otherIdNumber.invalid",
                        check.error()));
            } else {
                otherId = check.normalized();
            }
        }
        if (f.problems.size() > before) {
            return null;
        }
        return Applicant.builder().fullName(name).idNumber(id).birthDate(birth).phone(phone).email(email)
                .address(address).sex(sex).otherIdNumber(otherId).build();
    }

    /**
     * A date of birth as day/month/year (08/03/1995, also with dots or dashes) or as ISO year-month-day; not after
     * the reception day and not before 1900.
     */
    private static LocalDate birthDate(String field, String raw, LocalDate today, Found f) {
        if (Text.isBlank(raw)) {
            return null;
        }
        LocalDate birth = parseDate(raw.trim());
        if (birth == null) {
            f.problems.add(InputProblem.of(field, "registration.birthDate.format"));
        } else if (birth.isAfter(today) || birth.getYear() < 1900) {
            f.problems.add(InputProblem.of(field, "registration.birthDate.invalid"));
            return null;
        }
        return birth;
    }

    /** {@code 1995-03-08}, {@code 08/03/1995}, {@code 8.3.1995}, {@code 08-03-1995}; null when none of these. */
    static LocalDate parseDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            String[] parts = s.split("[/.-]");
            if (parts.length != 3 || parts[0].length() > 2 || parts[1].length() > 2 || parts[2].length() != 4) {
                return null;
            }
            try {
                return LocalDate.of(Integer.parseInt(parts[2]), Integer.parseInt(parts[1]),
                        Integer.parseInt(parts[0]));
            } catch (NumberFormatException | DateTimeException e2) {
                return null;
            }
        }
    }

    private static List<ReceivedDocument> documents(List<RegistrationRequest.DocumentLine> lines,
                                                    Procedure procedure, Found f) {
        if (lines == null) {
            return procedure == null ? List.of() : procedure.documents().stream()
                    .map(d -> new ReceivedDocument(d.name(), d.originals(), d.copies(), d.mandatory())).toList();
        }
        if (lines.size() > DOCUMENTS_MAX) {
            f.problems.add(InputProblem.of("documents", "registration.documents.tooMany", DOCUMENTS_MAX));
            return List.of();
        }
        List<ReceivedDocument> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            RegistrationRequest.DocumentLine line = lines.get(i);
            String path = "documents[" + i + "]";
            String name = line == null ? null : Text.nfc(line.name());
            if (name == null || name.isEmpty()) {
                f.problems.add(InputProblem.of(path + ".name", "registration.document.nameEmpty"));
                continue;
            }
            if (name.length() > DOCUMENT_NAME_MAX) {
                f.problems.add(InputProblem.of(path + ".name", "registration.document.nameTooLong",
                        DOCUMENT_NAME_MAX));
                continue;
            }
            int originals = line.originals() == null ? 1 : line.originals();
            int copies = line.copies() == null ? 0 : line.copies();
            int certified = line.certifiedCopies() == null ? 0 : line.certifiedCopies();
            if (!inRange(originals) || !inRange(copies) || !inRange(certified)) {
                f.problems.add(InputProblem.of(path, "registration.document.countRange"));
                continue;
            }
            boolean mandatory = line.mandatory() != null ? line.mandatory() : procedure != null
                    && procedure.documents().stream().anyMatch(d -> d.mandatory() && d.name().equals(name));
            out.add(new ReceivedDocument(name, originals, copies, mandatory, certified));
        }
        if (procedure != null) {
            String lacking = procedure.documents().stream()
                    .filter(d -> d.mandatory())
                    .filter(d -> out.stream().noneMatch(x -> Text.fold(x.name()).equals(Text.fold(d.name()))))
                    .map(d -> d.name())
                    .collect(Collectors.joining("; "));
            if (!lacking.isEmpty()) {
                f.warnings.add(InputProblem.of("documents", "registration.documents.lacking", lacking));
            }
        }
        return out;
    }

    private static boolean inRange(int count) {
        return count >= 0 && count <= COUNT_MAX;
    }

    /** The value cleaned ({@link Text#nfc}), null when empty; a problem when longer than {@code max}. */
    private static String limited(String field, String raw, int max, String labelKey, Found f) {
        String value = Text.nfc(raw);
        if (value != null && value.length() > max) {
            f.problems.add(InputProblem.of(field, "registration.text.tooLong", Msg.of(labelKey), max));
        }
        return value == null || value.isEmpty() ? null : value;
    }
}
