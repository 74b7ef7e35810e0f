package vn.motcua.store.calendar;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.motcua.domain.calendar.CalendarEntry;
import vn.motcua.domain.calendar.CalendarYear;
import vn.motcua.domain.calendar.DayKind;
import vn.motcua.domain.calendar.WorkingCalendar;

/**
 * Reads and writes the calendar file (format: {@code docs/formats/calendar.md}): weekly rest days and, per year, the
 * extra days off and make-up working days. Reading never throws for bad content: everything wrong is reported as a
 * {@link CalendarProblem} next to whatever could be read, so an import screen can show all problems at once.
 */
public final class CalendarFile {

    /** The format version this class reads and writes. */
    public static final int FORMAT_VERSION = 1;
    /** Classpath location of the shipped official calendar (2025, 2026). */
    public static final String OFFICIAL_RESOURCE = "/vn/motcua/calendar/vn-official.json";

    private static final String DAY_OFF = "day-off";
    private static final String WORKING_DAY = "working-day";

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private CalendarFile() {
    }

    /**
     * The content of a calendar file.
     *
     * @param restDays weekly rest days (Saturday and Sunday when the file does not say)
     * @param years    the years that could be read, without the days that have problems
     * @param problems everything wrong, in document order; empty for a valid file
     */
    public record Parsed(Set<DayOfWeek> restDays, List<CalendarYear> years, List<CalendarProblem> problems) {

        public Parsed {
            restDays = Collections.unmodifiableSet(restDays.isEmpty()
                    ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(restDays));
            years = List.copyOf(years);
            problems = List.copyOf(problems);
        }

        /** True when the file has no problems. */
        public boolean isValid() {
            return problems.isEmpty();
        }

        /**
         * The working calendar of a valid file.
         *
         * @throws IllegalStateException when the file has problems
         */
        public WorkingCalendar toCalendar() {
            if (!isValid()) {
                throw new IllegalStateException("calendar file has problems: " + problems);
            }
            return WorkingCalendar.of(restDays, years);
        }
    }

    /**
     * Reads a calendar file. Malformed JSON gives a single problem with its line and column.
     *
     * @throws UncheckedIOException when the stream itself cannot be read
     */
    public static Parsed parse(InputStream in) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Parsed(WorkingCalendar.DEFAULT_REST_DAYS, List.of(),
                    List.of(new CalendarProblem("", "malformed JSON" + where + ": " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read calendar file", e);
        }
        return new Reader().read(root);
    }

    /** The calendar file for these rest days and years (days in date order, UTF-8 text, NFC as given). */
    public static String write(Set<DayOfWeek> restDays, List<CalendarYear> years) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        ArrayNode rest = root.putArray("restDays");
        EnumSet.copyOf(restDays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : restDays)
                .forEach(d -> rest.add(d.name()));
        ArrayNode yearsNode = root.putArray("years");
        years.stream().sorted((a, b) -> Integer.compare(a.year(), b.year())).forEach(y -> {
            ObjectNode yearNode = yearsNode.addObject();
            yearNode.put("year", y.year());
            yearNode.put("provisional", y.provisional());
            yearNode.put("source", y.source());
            ArrayNode days = yearNode.putArray("days");
            for (CalendarEntry e : y.entries()) {
                ObjectNode day = days.addObject();
                day.put("date", e.date().toString());
                day.put("kind", e.kind() == DayKind.DAY_OFF ? DAY_OFF : WORKING_DAY);
                day.put("description", e.description());
            }
        });
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a JSON tree", e);
        }
    }

    /**
     * The official calendar shipped with the application.
     *
     * @throws IllegalStateException when the resource is missing or invalid (a build error)
     */
    public static WorkingCalendar loadOfficial() {
        try (InputStream in = CalendarFile.class.getResourceAsStream(OFFICIAL_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + OFFICIAL_RESOURCE);
            }
            Parsed parsed = parse(in);
            if (!parsed.isValid()) {
                throw new IllegalStateException(OFFICIAL_RESOURCE + " is invalid: " + parsed.problems());
            }
            return parsed.toCalendar();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OFFICIAL_RESOURCE, e);
        }
    }

    /** One pass over a parsed tree, collecting problems. */
    private static final class Reader {
        private final List<CalendarProblem> problems = new ArrayList<>();
        private Set<DayOfWeek> restDays = EnumSet.copyOf(WorkingCalendar.DEFAULT_REST_DAYS);

        Parsed read(JsonNode root) {
            List<CalendarYear> years = new ArrayList<>();
            if (root == null || root.isMissingNode() || !root.isObject()) {
                problem("", "the document must be a JSON object");
                return result(years);
            }
            readFormatVersion(root.get("formatVersion"));
            readRestDays(root.get("restDays"));
            JsonNode yearsNode = root.get("years");
            if (yearsNode == null || !yearsNode.isArray()) {
                problem("years", "an array of years is required");
                return result(years);
            }
            Map<Integer, String> seenYears = new HashMap<>();
            for (int i = 0; i < yearsNode.size(); i++) {
                CalendarYear y = readYear("years[" + i + "]", yearsNode.get(i), seenYears);
                if (y != null) {
                    years.add(y);
                }
            }
            return result(years);
        }

        private Parsed result(List<CalendarYear> years) {
            return new Parsed(restDays, years, problems);
        }

        private void readFormatVersion(JsonNode node) {
            if (node == null || !node.canConvertToExactIntegral()) {
                problem("formatVersion", "formatVersion " + FORMAT_VERSION + " is required");
            } else if (node.asInt() != FORMAT_VERSION) {
                problem("formatVersion", "unsupported formatVersion " + node.asText()
                        + " (this version reads " + FORMAT_VERSION + ")");
            }
        }

        private void readRestDays(JsonNode node) {
            if (node == null) {
                return;
            }
            if (!node.isArray()) {
                problem("restDays", "restDays must be an array of day names such as \"SUNDAY\"");
                return;
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (int i = 0; i < node.size(); i++) {
                String text = node.get(i).asText("");
                try {
                    days.add(DayOfWeek.valueOf(text.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problem("restDays[" + i + "]", "unknown day of the week '" + text + "'");
                }
            }
            if (days.size() == 7) {
                problem("restDays", "every day of the week cannot be a rest day");
                return;
            }
            restDays = days;
        }

        private CalendarYear readYear(String path, JsonNode node, Map<Integer, String> seenYears) {
            if (node == null || !node.isObject()) {
                problem(path, "a year must be an object");
                return null;
            }
            JsonNode yearNode = node.get("year");
            if (yearNode == null || !yearNode.canConvertToExactIntegral()
                    || yearNode.asInt() < 1900 || yearNode.asInt() > 2199) {
                problem(path + ".year", "a year between 1900 and 2199 is required");
                return null;
            }
            int year = yearNode.asInt();
            String earlier = seenYears.putIfAbsent(year, path);
            if (earlier != null) {
                problem(path + ".year", "year " + year + " is already given at " + earlier);
                return null;
            }
            JsonNode provisional = node.get("provisional");
            if (provisional != null && !provisional.isBoolean()) {
                problem(path + ".provisional", "provisional must be true or false");
            }
            JsonNode days = node.get("days");
            List<CalendarEntry> entries = new ArrayList<>();
            if (days == null || !days.isArray()) {
                problem(path + ".days", "an array of days is required (it may be empty)");
            } else {
                Map<LocalDate, String> seenDates = new HashMap<>();
                for (int i = 0; i < days.size(); i++) {
                    CalendarEntry e = readDay(path + ".days[" + i + "]", days.get(i), year, seenDates);
                    if (e != null) {
                        entries.add(e);
                    }
                }
            }
            return new CalendarYear(year, provisional != null && provisional.asBoolean(),
                    nfc(text(node.get("source"))), entries);
        }

        private CalendarEntry readDay(String path, JsonNode node, int year, Map<LocalDate, String> seenDates) {
            if (node == null || !node.isObject()) {
                problem(path, "a day must be an object");
                return null;
            }
            LocalDate date = readDate(path + ".date", node.get("date"), year, seenDates);
            DayKind kind = readKind(path + ".kind", node.get("kind"));
            String description = nfc(text(node.get("description")));
            if (description.isBlank()) {
                problem(path + ".description", "a description is required");
            }
            if (date == null || kind == null || description.isBlank()) {
                return null;
            }
            boolean restDay = restDays.contains(date.getDayOfWeek());
            if (kind == DayKind.DAY_OFF && restDay) {
                problem(path + ".date", "day-off " + date + " falls on a weekly rest day (" + date.getDayOfWeek()
                        + "); list its compensation day instead");
                return null;
            }
            if (kind == DayKind.WORKING_DAY && !restDay) {
                problem(path + ".date", "working-day " + date + " is not a weekly rest day (" + date.getDayOfWeek()
                        + "); it is a working day already");
                return null;
            }
            return new CalendarEntry(date, kind, description);
        }

        private LocalDate readDate(String path, JsonNode node, int year, Map<LocalDate, String> seenDates) {
            String text = text(node);
            LocalDate date;
            try {
                date = LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                problem(path, "'" + text + "' is not a date of the form YYYY-MM-DD");
                return null;
            }
            if (date.getYear() != year) {
                problem(path, date + " does not belong to year " + year);
                return null;
            }
            String earlier = seenDates.putIfAbsent(date, path);
            if (earlier != null) {
                problem(path, "duplicate date " + date + " (already at " + earlier + ")");
                return null;
            }
            return date;
        }

        private DayKind readKind(String path, JsonNode node) {
            String text = text(node);
            switch (text.trim()) {
                case DAY_OFF:
                    return DayKind.DAY_OFF;
                case WORKING_DAY:
                    return DayKind.WORKING_DAY;
                default:
                    problem(path, "unknown kind '" + text + "' (expected " + DAY_OFF + " or " + WORKING_DAY + ")");
                    return null;
            }
        }

        private void problem(String path, String message) {
            problems.add(new CalendarProblem(path, message));
        }

        private static String text(JsonNode node) {
            return node == null || node.isNull() ? "" : node.asText("");
        }

        private static String nfc(String s) {
            return Normalizer.normalize(s, Normalizer.Form.NFC).strip();
        }
    }
}
