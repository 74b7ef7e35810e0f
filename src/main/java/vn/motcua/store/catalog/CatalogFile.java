package vn.motcua.store.catalog;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.DocumentComponent;
import vn.motcua.domain.catalog.Fee;
import vn.motcua.domain.catalog.FeeKind;
import vn.motcua.domain.catalog.Field;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.catalog.ProcedureLevel;
import vn.motcua.domain.catalog.ProcedureStep;
import vn.motcua.domain.catalog.SupplementClockPolicy;
import vn.motcua.domain.catalog.TimeUnit;
import vn.motcua.domain.text.Msg;

/**
 * Reads and writes the procedure catalogue file (format described in {@code docs/formats/catalog.md}).
 *
 * <p>Reading never throws for bad content: every bad entry, and every problem of an entry, is reported as a
 * {@link CatalogProblem}; the good entries are returned. Only a failure of the input stream itself raises an
 * {@link IOException}. Text values are normalised to NFC and stripped of surrounding white space.
 */
public final class CatalogFile {

    /** The only format version this reader understands. */
    public static final int FORMAT_VERSION = 1;

    /** Class-path location of the shipped sample catalogue. */
    public static final String SAMPLE_RESOURCE = "/vn/motcua/catalog/sample-catalog.json";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    static final Map<String, ProcedureLevel> LEVELS = keys(ProcedureLevel.class, Map.of(
            ProcedureLevel.COMMUNE, "commune", ProcedureLevel.DISTRICT, "district",
            ProcedureLevel.PROVINCE, "province", ProcedureLevel.MINISTRY, "ministry"));
    static final Map<String, FeeKind> FEE_KINDS = keys(FeeKind.class, Map.of(
            FeeKind.PHI, "phi", FeeKind.LE_PHI, "le-phi"));
    static final Map<String, SupplementClockPolicy> POLICIES = keys(SupplementClockPolicy.class, Map.of(
            SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION, "recompute-from-completion",
            SupplementClockPolicy.SHIFT_BY_PAUSE, "shift-by-pause"));
    static final Map<String, Channel> CHANNELS = keys(Channel.class, Map.of(
            Channel.DIRECT, Channel.DIRECT.key(), Channel.ONLINE, Channel.ONLINE.key(), Channel.POST, Channel.POST.key()));
    static final Map<String, TimeUnit> UNITS = unitKeys();

    private CatalogFile() {
    }

    /**
     * The result of reading a catalogue file.
     *
     * @param procedures the entries that were read without any problem, in file order
     * @param problems   every problem found, file-level ones (position 0) first, then by entry position
     * @param sample     the file says it is sample data, to be replaced by the province's catalogue
     * @param source     where the data comes from (publishing decision, portal export…), empty when not stated
     */
    public record Parsed(List<Procedure> procedures, List<CatalogProblem> problems, boolean sample, String source) {
        public Parsed {
            procedures = List.copyOf(procedures);
            problems = List.copyOf(problems);
            source = source == null ? "" : source;
        }

        /** True when the file was read without any problem. */
        public boolean isClean() {
            return problems.isEmpty();
        }
    }

    /**
     * One problem found while reading a catalogue file.
     *
     * @param position 1-based index of the entry in {@code procedures}; 0 for a problem of the file as a whole
     * @param code     the entry's procedure code as written (possibly invalid), empty when unknown or file-level
     * @param path     JSON path of the offending value with 0-based array indexes, e.g.
     *                 {@code procedures[2].times.direct.unit}; empty for the whole document
     * @param msg      what was expected and what was found, as a message key (decision 0009): the desk shows it
     *                 in the clerk's language, the command line and the JSON answers in English ({@link #message()})
     */
    public record CatalogProblem(int position, String code, String path,
                                 @com.fasterxml.jackson.annotation.JsonIgnore Msg msg) {
        public CatalogProblem {
            if (position < 0) {
                throw new IllegalArgumentException("position must not be negative, was " + position);
            }
            code = code == null ? "" : code;
            path = path == null ? "" : path;
            Objects.requireNonNull(msg, "msg");
        }

        /** The problem in English (command line, JSON, logs). */
        @com.fasterxml.jackson.annotation.JsonProperty("message")
        public String message() {
            return msg.render(Locale.ENGLISH);
        }
    }

    /**
     * Reads a catalogue file. Malformed JSON gives a single file-level problem with line and column.
     *
     * @throws IOException only when reading the stream fails
     */
    public static Parsed parse(InputStream in) throws IOException {
        Objects.requireNonNull(in, "in");
        byte[] bytes = in.readAllBytes();
        JsonNode root;
        try {
            root = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            return malformed(e);
        }
        return readDocument(root);
    }

    /** Reads the shipped sample catalogue from the class path. */
    public static Parsed loadSample() {
        try (InputStream in = CatalogFile.class.getResourceAsStream(SAMPLE_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("sample catalogue resource is missing: " + SAMPLE_RESOURCE);
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the sample catalogue " + SAMPLE_RESOURCE, e);
        }
    }

    /**
     * Writes procedures as a pretty-printed catalogue file that {@link #parse} reads back to equal procedures
     * (each procedure's own {@code sample} flag is replaced by the file-level {@code sample}).
     *
     * @throws IllegalArgumentException when two procedures share a code
     */
    public static String write(List<Procedure> procedures, boolean sample, String source) {
        Objects.requireNonNull(procedures, "procedures");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("formatVersion", FORMAT_VERSION);
        root.put("source", source == null ? "" : source);
        root.put("sample", sample);
        ArrayNode array = root.putArray("procedures");
        Set<String> codes = new HashSet<>();
        for (Procedure p : procedures) {
            if (!codes.add(p.code())) {
                throw new IllegalArgumentException("procedure codes must be unique, " + p.code() + " repeats");
            }
            array.add(procedureNode(p));
        }
        try {
            return MAPPER.writer(prettyPrinter()).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the catalogue tree", e);
        }
    }

    // ---------------------------------------------------------------- reading

    private static Parsed malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String detail = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Msg message = at == null ? Msg.of("catalog.malformed", detail)
                : Msg.of("catalog.malformedAt", at.getLineNr(), at.getColumnNr(), detail);
        return new Parsed(List.of(), List.of(new CatalogProblem(0, "", "", message)), false, "");
    }

    private static Parsed readDocument(JsonNode root) {
        List<CatalogProblem> problems = new ArrayList<>();
        CatalogValues file = new CatalogValues(0, problems);
        if (root == null || !root.isObject()) {
            file.expected("", Msg.of("catalog.want.topObject"), describe(root));
            return new Parsed(List.of(), problems, false, "");
        }
        Long version = file.whole(root, "formatVersion", "formatVersion", 1, Integer.MAX_VALUE, (long) FORMAT_VERSION);
        String source = file.text(root, "source", "source", false);
        Boolean sample = file.flag(root, "sample", "sample", false);
        boolean isSample = Boolean.TRUE.equals(sample);
        if (version != null && version != FORMAT_VERSION) {
            file.report("formatVersion", Msg.of("catalog.formatVersion", FORMAT_VERSION, version));
            return new Parsed(List.of(), problems, isSample, source);
        }
        JsonNode entries = root.get("procedures");
        if (entries == null || !entries.isArray()) {
            file.expected("procedures", Msg.of("catalog.want.procedures"), describe(entries));
            return new Parsed(List.of(), problems, isSample, source);
        }
        List<Procedure> procedures = readEntries(entries, isSample, problems);
        return new Parsed(procedures, problems, isSample, source);
    }

    private static List<Procedure> readEntries(JsonNode entries, boolean sample, List<CatalogProblem> problems) {
        List<Procedure> procedures = new ArrayList<>();
        Map<String, Integer> firstPositionOfCode = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            CatalogEntryReader reader = new CatalogEntryReader(i + 1, problems);
            Procedure procedure = reader.read(entries.get(i), sample, firstPositionOfCode);
            if (procedure != null) {
                procedures.add(procedure);
            }
        }
        return procedures;
    }

    // ---------------------------------------------------------------- writing

    private static ObjectNode procedureNode(Procedure p) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("code", p.code());
        node.put("name", p.name());
        ObjectNode field = node.putObject("field");
        field.put("code", p.field().code());
        field.put("name", p.field().name());
        node.put("level", keyOf(LEVELS, p.level()));
        ObjectNode times = node.putObject("times");
        for (Channel channel : Channel.values()) {
            ProcessingTime time = p.times().get(channel);
            if (time != null) {
                ObjectNode t = times.putObject(channel.key());
                t.put("value", time.value());
                t.put("unit", time.unit().key());
            }
        }
        node.put("sameDayCutoff", p.sameDayCutoff());
        node.put("noFixedAppointment", p.noFixedAppointment());
        ArrayNode fees = node.putArray("fees");
        p.fees().forEach(fee -> fees.add(feeNode(fee)));
        ArrayNode documents = node.putArray("documents");
        p.documents().forEach(doc -> documents.add(documentNode(doc)));
        node.put("active", p.active());
        node.put("version", p.version());
        node.put("supplementPolicy", keyOf(POLICIES, p.supplementPolicy()));
        node.put("supplementDays", p.supplementDays());
        if (p.processingUnit() != null) {
            node.put("processingUnit", p.processingUnit());
        }
        if (!p.steps().isEmpty()) {
            ArrayNode steps = node.putArray("steps");
            p.steps().forEach(st -> steps.addObject().put("unit", st.unit()).put("workingHours", st.workingHours()));
        }
        return node;
    }

    private static ObjectNode feeNode(Fee fee) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("kind", keyOf(FEE_KINDS, fee.kind()));
        node.put("name", fee.name());
        node.put("amountVnd", fee.amountVnd());
        node.put("description", fee.description());
        return node;
    }

    private static ObjectNode documentNode(DocumentComponent doc) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", doc.name());
        node.put("originals", doc.originals());
        node.put("copies", doc.copies());
        node.put("mandatory", doc.mandatory());
        return node;
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER);
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    // ---------------------------------------------------------------- helpers

    static String clean(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** What a value is, for "expected …, found {@code describe}". */
    static Msg describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return Msg.of("catalog.found.nothing");
        }
        if (node.isNull()) {
            return Msg.of("catalog.found.null");
        }
        if (node.isTextual()) {
            String text = node.textValue();
            return Msg.of("catalog.found.text", text.length() > 40 ? text.substring(0, 40) + "…" : text);
        }
        if (node.isNumber()) {
            return Msg.of("catalog.found.number", node.asText());
        }
        if (node.isBoolean()) {
            return Msg.of("catalog.found.value", node.asText());
        }
        return Msg.of(node.isArray() ? "catalog.found.array" : "catalog.found.object");
    }

    static <E extends Enum<E>> Map<String, E> keys(Class<E> type, Map<E, String> keyOf) {
        Map<String, E> byKey = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            String key = keyOf.get(constant);
            if (key == null) {
                throw new IllegalStateException("no file key for " + type.getSimpleName() + "." + constant);
            }
            byKey.put(key, constant);
        }
        return byKey;
    }

    static Map<String, TimeUnit> unitKeys() {
        Map<TimeUnit, String> keyOf = new EnumMap<>(TimeUnit.class);
        for (TimeUnit unit : TimeUnit.values()) {
            keyOf.put(unit, unit.key());
        }
        return keys(TimeUnit.class, keyOf);
    }

    static <E> String keyOf(Map<String, E> byKey, E value) {
        return byKey.entrySet().stream()
                .filter(e -> e.getValue() == value)
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no file key for " + value));
    }
}
