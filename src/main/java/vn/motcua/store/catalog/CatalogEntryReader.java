package vn.motcua.store.catalog;

import static vn.motcua.store.catalog.CatalogFile.*;

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

/** Reads one entry of a catalogue file's {@code procedures} into a {@code Procedure}; collects all its problems before deciding. */
final class CatalogEntryReader {
    private final CatalogValues values;
    private final String base;

    CatalogEntryReader(int position, List<CatalogProblem> problems) {
        this.values = new CatalogValues(position, problems);
        this.base = "procedures[" + (position - 1) + "]";
    }

    Procedure read(JsonNode node, boolean sample, Map<String, Integer> firstPositionOfCode) {
        if (!node.isObject()) {
            values.expected(base, Msg.of("catalog.want.procedure"), describe(node));
            return null;
        }
        int before = values.count();
        String code = readCode(node, firstPositionOfCode);
        String name = values.text(node, "name", base + ".name", true);
        Field field = readField(node.get("field"), base + ".field");
        ProcedureLevel level = values.choice(node, "level", base + ".level", LEVELS, ProcedureLevel.COMMUNE);
        Map<Channel, ProcessingTime> times = readTimes(node.get("times"), base + ".times");
        Boolean cutoff = values.flag(node, "sameDayCutoff", base + ".sameDayCutoff", false);
        Boolean noAppointment = values.flag(node, "noFixedAppointment", base + ".noFixedAppointment", false);
        List<Fee> fees = readList(node.get("fees"), base + ".fees", this::readFee);
        List<DocumentComponent> documents = readList(node.get("documents"), base + ".documents", this::readDocument);
        Boolean active = values.flag(node, "active", base + ".active", true);
        Long version = values.whole(node, "version", base + ".version", 1, Integer.MAX_VALUE, 1L);
        SupplementClockPolicy policy = values.choice(node, "supplementPolicy", base + ".supplementPolicy",
                POLICIES, SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION);
        Long supplementDays = values.whole(node, "supplementDays", base + ".supplementDays", 0, 3650, 0L);
        String processingUnit = values.text(node, "processingUnit", base + ".processingUnit", false);
        List<ProcedureStep> steps = readList(node.get("steps"), base + ".steps", this::readStep);
        if (values.count() > before) {
            return null;
        }
        return build(() -> new Procedure(code, name, field, level, times, cutoff, noAppointment, fees, documents,
                active, version.intValue(), policy, supplementDays.intValue(), sample, processingUnit, steps));
    }

    private ProcedureStep readStep(JsonNode node, String path) {
        if (!values.requireObject(node, path, Msg.of("catalog.want.step"))) {
            return null;
        }
        String unit = values.text(node, "unit", path + ".unit", true);
        Long hours = values.whole(node, "workingHours", path + ".workingHours", 0, 8 * 3650, null);
        if (unit == null || hours == null) {
            return null;
        }
        return new ProcedureStep(unit, hours.intValue());
    }

    private String readCode(JsonNode node, Map<String, Integer> firstPositionOfCode) {
        String code = values.text(node, "code", base + ".code", true);
        if (code == null) {
            return null;
        }
        values.code = code;
        if (!Procedure.isValidCode(code)) {
            values.expected(base + ".code", Msg.of("catalog.want.code"), Msg.of("catalog.found.quoted", code));
            return code;
        }
        Integer first = firstPositionOfCode.putIfAbsent(code, values.position);
        if (first != null) {
            values.report(base + ".code", Msg.of("catalog.codeRepeated", code, first));
        }
        return code;
    }

    private Field readField(JsonNode node, String path) {
        if (!values.requireObject(node, path, Msg.of("catalog.want.field"))) {
            return null;
        }
        String code = values.text(node, "code", path + ".code", true);
        String name = values.text(node, "name", path + ".name", true);
        return code == null || name == null ? null : new Field(code, name);
    }

    private Map<Channel, ProcessingTime> readTimes(JsonNode node, String path) {
        if (!values.requireObject(node, path, Msg.of("catalog.want.times"))) {
            return null;
        }
        Map<Channel, ProcessingTime> times = new EnumMap<>(Channel.class);
        for (Map.Entry<String, JsonNode> member : node.properties()) {
            Channel channel = CHANNELS.get(member.getKey().strip().toLowerCase(Locale.ROOT));
            if (channel == null) {
                values.expected(path + "." + member.getKey(), Msg.of("catalog.want.channel", String.join(", ",
                        CHANNELS.keySet())), Msg.of("catalog.found.quoted", member.getKey()));
                continue;
            }
            ProcessingTime time = readTime(member.getValue(), path + "." + member.getKey());
            if (time != null) {
                times.put(channel, time);
            }
        }
        if (!node.has(Channel.DIRECT.key())) {
            values.expected(path + "." + Channel.DIRECT.key(), Msg.of("catalog.want.directTime"),
                    Msg.of("catalog.found.nothing"));
        }
        return times;
    }

    private ProcessingTime readTime(JsonNode node, String path) {
        if (!values.requireObject(node, path, Msg.of("catalog.want.time"))) {
            return null;
        }
        TimeUnit unit = values.choice(node, "unit", path + ".unit", UNITS, null);
        if (unit == TimeUnit.SAME_DAY) {
            Long value = values.whole(node, "value", path + ".value", 0, 0, 0L);
            return value == null ? null : ProcessingTime.sameDay();
        }
        Long value = values.whole(node, "value", path + ".value", 0, 3650, null);
        return unit == null || value == null ? null : new ProcessingTime(value.intValue(), unit);
    }

    private Fee readFee(JsonNode node, String path) {
        if (!values.requireObject(node, path, Msg.of("catalog.want.fee"))) {
            return null;
        }
        FeeKind kind = values.choice(node, "kind", path + ".kind", FEE_KINDS, null);
        String name = values.text(node, "name", path + ".name", false);
        Long amount = values.whole(node, "amountVnd", path + ".amountVnd", 0, Long.MAX_VALUE, null);
        String description = values.text(node, "description", path + ".description", false);
        if (kind == null || amount == null) {
            return null;
        }
        return new Fee(kind, name == null || name.isEmpty() ? null : name, amount, description);
    }

    private DocumentComponent readDocument(JsonNode node, String path) {
        if (!values.requireObject(node, path, Msg.of("catalog.want.document"))) {
            return null;
        }
        String name = values.text(node, "name", path + ".name", true);
        Long originals = values.whole(node, "originals", path + ".originals", 0, 99, 1L);
        Long copies = values.whole(node, "copies", path + ".copies", 0, 99, 0L);
        Boolean mandatory = values.flag(node, "mandatory", path + ".mandatory", true);
        if (name == null || originals == null || copies == null || mandatory == null) {
            return null;
        }
        return new DocumentComponent(name, originals.intValue(), copies.intValue(), mandatory);
    }

    private <T> List<T> readList(JsonNode node, String path, CatalogValues.ElementReader<T> element) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            values.expected(path, Msg.of("catalog.want.array"), describe(node));
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            T item = element.read(node.get(i), path + "[" + i + "]");
            if (item != null) {
                items.add(item);
            }
        }
        return items;
    }

    /** Builds the record; a domain rule this reader did not check first becomes a problem, not an exception. */
    private Procedure build(Supplier<Procedure> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException e) {
            values.report(base, Msg.of("catalog.domainRejects", e.getMessage()));
            return null;
        }
    }
}
