package vn.motcua.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.motcua.domain.account.Actor;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.service.DeskContext;
import vn.motcua.service.Problem;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.service.RegistrationService;
import vn.motcua.service.ValidationException;
import vn.motcua.store.Json;

@Command(name = "register", description = {"Register (tiếp nhận) a dossier without the UI, or many with --jsonl.",
    "Input: {\"procedureCode\":\"1.001193\",\"channel\":\"direct\",\"returnMethod\":\"counter\","
        + "\"receivedAt\":\"2026-04-29T15:30\",\"applicant\":{\"fullName\":\"Nguyễn Văn Đức\","
        + "\"idNumber\":\"038095001234\",\"phone\":\"0912345678\",\"address\":\"Thôn 1, xã Quảng Phú\"},"
        + "\"documents\":[{\"name\":\"Tờ khai đăng ký khai sinh\",\"originals\":1,\"copies\":0}]}",
    "Optional: receivedAt (default now), channel (direct), returnMethod (counter), documents (the procedure's list), "
        + "submitter {...}, sets, summary, notes, applicant.email, applicant.birthDate.",
    "--jsonl: one such object per line; one result line per non-blank input line ({\"line\":N,\"ok\":true,"
        + "\"code\":…} or {\"line\":N,\"ok\":false,\"problems\":[…]}); each good line is committed as its own "
        + "registration before its result line is printed; a bad line stores nothing. Exit 0 when every line was "
        + "registered, 2 when some were refused."})
final class RegisterCommand extends DeskCommand {
    /**
     * Built on first use, not when picocli builds the command tree: every command (even {@code --version}) creates
     * this class, and building the JSON mapper then cost each of them ~1,200 classes (issue 18).
     */
    private static final class Mapping {
        /** Exactly one JSON value per input: a second object or any trailing text is refused, never dropped. */
        static final ObjectReader READER = Json.mapper().readerFor(RegistrationRequest.class)
                .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        static final ObjectWriter LINE = Json.mapper().writer();
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--json", required = true, paramLabel = "FILE",
                description = "one dossier as JSON; '-' reads stdin")
        String json;
        @Option(names = "--jsonl", required = true, paramLabel = "FILE",
                description = "many dossiers, one JSON object a line; '-' reads stdin")
        String jsonl;
    }

    @Option(names = "--group", defaultValue = "200", paramLabel = "N",
            description = "--jsonl: at most N lines commit together (200); 1 = one transaction per line")
    int group;

    @Override
    Integer execute(DeskContext ctx) throws Exception {
        if (group < 1 || group > 10_000) {
            throw new UserInputException("--group must be 1-10000");
        }
        if (input.jsonl != null) {
            return many(ctx);
        }
        RegistrationRequest request;
        try (InputStream in = open(input.json)) {
            request = parse(in);
        } catch (IOException e) {
            throw new UserInputException("cannot read " + input.json + ": " + e.getMessage());
        }
        printJson(result(ctx.registration().register(request, actor(ctx))));
        return 0;
    }

    /**
     * {@code --jsonl}: every line its own registration and its own result line, in input order. Lines are taken in
     * groups (up to {@code --group} lines, fewer when no more input is waiting) that commit together; each result
     * line is printed only after its group committed, so a crash loses no acknowledged line. While the writer stores
     * one group, this thread reads, parses and checks the next (issue 18: the two halves overlap on two cores); it
     * waits for the group in flight before waiting for more input, so no result line is held back by a slow pipe.
     */
    private int many(DeskContext ctx) throws IOException {
        Actor actor = actor(ctx);
        PrintWriter out = spec.commandLine().getOut();
        int lineNo = 0;
        int[] counts = new int[2]; // registered, refused
        long start = System.nanoTime();
        try (InputStream in = open(input.jsonl);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            List<Integer> numbers = new ArrayList<>();
            List<Object> parsed = new ArrayList<>();
            Group inFlight = null;
            boolean more = true;
            while (more) {
                if (inFlight != null && !lines.ready()) {
                    inFlight.print(out, counts);
                    inFlight = null;
                }
                String line = lines.readLine();
                more = line != null;
                if (more) {
                    lineNo++;
                    if (!line.isBlank()) {
                        numbers.add(lineNo);
                        try {
                            parsed.add(parse(line));
                        } catch (UserInputException e) {
                            parsed.add(e);
                        }
                    }
                }
                if (!parsed.isEmpty() && (!more || parsed.size() >= group || !lines.ready())) {
                    Group next = Group.submit(ctx, actor, numbers, parsed, inFlight);
                    if (inFlight != null) {
                        inFlight.print(out, counts);
                    }
                    inFlight = next;
                    numbers = new ArrayList<>();
                    parsed = new ArrayList<>();
                }
            }
            if (inFlight != null) {
                inFlight.print(out, counts);
            }
        }
        int registered = counts[0];
        int refused = counts[1];
        double seconds = (System.nanoTime() - start) / 1e9;
        spec.commandLine().getErr().printf(Locale.ROOT, "register --jsonl: %d registered, %d refused in %.1f s "
                + "(%.0f lines/s)%n", registered, refused, seconds, (registered + refused) / seconds);
        spec.commandLine().getErr().flush();
        return refused == 0 ? 0 : ErrorReporter.INPUT_REFUSED;
    }

    /** One group of lines: checked on this thread, stored on the writer (committed together, each in a savepoint). */
    private record Group(List<Integer> numbers, List<Object> parsed,
                         CompletableFuture<List<RegistrationService.Outcome>> stored) {

        /**
         * Checks the group's requests here and hands them to the writer without waiting; the writer stores nothing
         * of it if the group {@code before} (still in flight, or null) failed.
         */
        static Group submit(DeskContext ctx, Actor actor, List<Integer> numbers, List<Object> parsed, Group before) {
            List<RegistrationRequest> requests = new ArrayList<>();
            for (Object p : parsed) {
                if (p instanceof RegistrationRequest r) {
                    requests.add(r);
                }
            }
            CompletableFuture<List<RegistrationService.Outcome>> stored = requests.isEmpty()
                    ? CompletableFuture.completedFuture(List.of())
                    : ctx.registration().storeEach(ctx.registration().checkEach(requests, actor),
                            before == null ? null : before.stored());
            return new Group(numbers, parsed, stored);
        }

        /** Waits for the group's commit, then prints one result line per parsed line. */
        void print(PrintWriter out, int[] counts) throws IOException {
            for (Map<String, Object> res : results(RegistrationService.joined(stored))) {
                counts[Boolean.TRUE.equals(res.get("ok")) ? 0 : 1]++;
                out.println(Mapping.LINE.writeValueAsString(res));
            }
            out.flush();
        }

        private List<Map<String, Object>> results(List<RegistrationService.Outcome> outcomes) {
            List<Map<String, Object>> results = new ArrayList<>();
            int next = 0;
            for (int i = 0; i < parsed.size(); i++) {
                Map<String, Object> res = new LinkedHashMap<>();
                res.put("line", numbers.get(i));
                if (parsed.get(i) instanceof UserInputException e) {
                    res.put("ok", false);
                    res.put("problems", List.of(problem("", e.getMessage())));
                } else {
                    RegistrationService.Outcome o = outcomes.get(next++);
                    res.put("ok", o.ok());
                    if (o.ok()) {
                        res.putAll(result(o.registered()));
                    } else if (o.refusal() instanceof ValidationException v) {
                        res.put("problems", problems(v.problems()));
                    } else {
                        res.put("problems", List.of(problem("", o.refusal().getMessage())));
                    }
                }
                results.add(res);
            }
            return results;
        }
    }

    private static Map<String, String> problem(String field, String message) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        return m;
    }

    private static List<Map<String, String>> problems(List<Problem> problems) {
        List<Map<String, String>> out = new ArrayList<>();
        for (Problem p : problems) {
            Map<String, String> m = problem(p.field(), p.message());
            if (p.msg().key() != null) {
                m.put("key", p.msg().key()); // the message key (decision 0009), for scripts that react to it
            }
            out.add(m);
        }
        return out;
    }

    private static Map<String, Object> result(RegistrationService.Registered r) {
        Dossier d = r.dossier();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", d.code());
        out.put("appointmentAt", d.appointmentAt());
        out.put("status", d.status().key());
        out.put("statusCode", d.status().code());
        out.put("statusLabel", d.status().labelVi());
        out.put("receivedAt", d.receivedAt());
        out.put("procedureCode", d.procedureCode());
        out.put("procedureName", d.procedureName());
        out.put("processingTime", d.processingTime() == null ? null : d.processingTime().toVietnamese());
        out.put("noFixedAppointment", d.appointmentAt() == null);
        out.put("provisionalCalendar", r.provisionalCalendar());
        out.put("warnings", r.warnings());
        return out;
    }

    private static RegistrationRequest parse(InputStream in) throws IOException {
        try {
            return Mapping.READER.readValue(in);
        } catch (JsonProcessingException e) {
            throw refused(e, true);
        }
    }

    private static RegistrationRequest parse(String line) {
        try {
            return Mapping.READER.readValue(line);
        } catch (JsonProcessingException e) {
            throw refused(e, false);
        }
    }

    private static UserInputException refused(JsonProcessingException e, boolean withLine) {
        var loc = e.getLocation();
        String at = loc == null ? "" : withLine ? " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")"
                : " (column " + loc.getColumnNr() + ")";
        if (e instanceof MismatchedInputException m && m.getMessage() != null
                && m.getMessage().startsWith("Trailing token")) {
            return new UserInputException("dossier JSON has more after its first object" + at
                    + ": give one dossier per --json input, or use --jsonl for one per line");
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String path = m.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return new UserInputException("dossier JSON has a value of the wrong type at '" + path + "'" + at);
        }
        return new UserInputException("dossier JSON is malformed" + at + ": " + e.getOriginalMessage());
    }

    private static InputStream open(String name) throws IOException {
        if ("-".equals(name)) {
            return System.in;
        }
        Path p = Path.of(name);
        if (!Files.isRegularFile(p)) {
            throw new UserInputException("cannot read dossier file " + p);
        }
        return Files.newInputStream(p);
    }
}
