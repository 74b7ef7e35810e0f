package vn.motcua.domain.dossier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.motcua.domain.text.Msg;

/**
 * Electronic identifier of an agency (mã định danh điện tử, DOMAIN.md §3.1), four dot-separated levels
 * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, e.g. {@code 000.00.01.H22}. Configured per installation, never derived.
 *
 * @param value the code in canonical form (letter upper case)
 */
public record AgencyCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$");

    public AgencyCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(problem(value).map(Msg::vi).orElse(
                    "agency code must be canonical (trimmed, upper case), use parse(): '" + value + "'"));
        }
    }

    /**
     * Reads a code typed by an administrator; surrounding spaces are ignored and the letter may be lower case.
     *
     * @throws IllegalArgumentException with the Vietnamese message of {@link #problem(String)}
     */
    public static AgencyCode parse(String raw) {
        Optional<Msg> problem = problem(raw);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get().vi());
        }
        return new AgencyCode(canonical(raw));
    }

    /** What is wrong with {@code raw} as an agency code (a message key); empty when {@link #parse(String)} accepts it. */
    public static Optional<Msg> problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of(Msg.of("agencyCode.empty"));
        }
        String code = canonical(raw);
        if (FORMAT.matcher(code).matches()) {
            return Optional.empty();
        }
        String[] parts = code.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.of(Msg.of("agencyCode.parts"));
        }
        return Optional.of(partProblem(parts));
    }

    /** The code itself, e.g. {@code 000.00.01.H22}. */
    @Override
    public String toString() {
        return value;
    }

    private static Msg partProblem(String[] parts) {
        if (!parts[0].matches("\\d{3}")) {
            return Msg.of("agencyCode.part1");
        }
        if (!parts[1].matches("\\d{2}")) {
            return Msg.of("agencyCode.part2");
        }
        if (!parts[2].matches("\\d{2}")) {
            return Msg.of("agencyCode.part3");
        }
        return Msg.of("agencyCode.part4");
    }

    private static String canonical(String raw) {
        return raw.strip().toUpperCase(Locale.ROOT);
    }
}
