package vn.motcua.domain.dossier;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Electronic identifier of an agency (mã định danh điện tử, DOMAIN.md §3.1), four dot-separated levels
 * {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, e.g. {@code 000.00.01.H22}. Configured per installation, never derived.
 *
 * @param value the code in canonical form (letter upper case)
 */
public record AgencyCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}$");
    private static final String EXAMPLE = " (ví dụ 000.00.01.H22)";

    public AgencyCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException(problem(value).orElse(
                    "agency code must be canonical (trimmed, upper case), use parse(): '" + value + "'"));
        }
    }

    /**
     * Reads a code typed by an administrator; surrounding spaces are ignored and the letter may be lower case.
     *
     * @throws IllegalArgumentException with the Vietnamese message of {@link #problem(String)}
     */
    public static AgencyCode parse(String raw) {
        Optional<String> problem = problem(raw);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        return new AgencyCode(canonical(raw));
    }

    /** What is wrong with {@code raw} as an agency code, in Vietnamese; empty when {@link #parse(String)} accepts it. */
    public static Optional<String> problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.of("Chưa nhập mã định danh cơ quan");
        }
        String code = canonical(raw);
        if (FORMAT.matcher(code).matches()) {
            return Optional.empty();
        }
        String[] parts = code.split("\\.", -1);
        if (parts.length != 4) {
            return Optional.of("Mã định danh cơ quan phải gồm 4 phần cách nhau bởi dấu chấm" + EXAMPLE);
        }
        return Optional.of(partProblem(parts));
    }

    /** The code itself, e.g. {@code 000.00.01.H22}. */
    @Override
    public String toString() {
        return value;
    }

    private static String partProblem(String[] parts) {
        if (!parts[0].matches("\\d{3}")) {
            return "Phần thứ nhất của mã định danh cơ quan phải gồm 3 chữ số" + EXAMPLE;
        }
        if (!parts[1].matches("\\d{2}")) {
            return "Phần thứ hai của mã định danh cơ quan phải gồm 2 chữ số" + EXAMPLE;
        }
        if (!parts[2].matches("\\d{2}")) {
            return "Phần thứ ba của mã định danh cơ quan phải gồm 2 chữ số" + EXAMPLE;
        }
        return "Phần cuối của mã định danh cơ quan phải gồm 1 chữ cái và 2 chữ số" + EXAMPLE;
    }

    private static String canonical(String raw) {
        return raw.strip().toUpperCase(Locale.ROOT);
    }
}
