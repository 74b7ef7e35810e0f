package vn.motcua.store.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.DocumentComponent;
import vn.motcua.domain.catalog.Fee;
import vn.motcua.domain.catalog.FeeKind;
import vn.motcua.domain.catalog.Field;
import vn.motcua.domain.catalog.ProcessingTime;
import vn.motcua.domain.catalog.Procedure;
import vn.motcua.domain.catalog.ProcedureLevel;
import vn.motcua.domain.catalog.SupplementClockPolicy;
import vn.motcua.domain.catalog.TimeUnit;
import vn.motcua.store.catalog.CatalogFile.CatalogProblem;
import vn.motcua.store.catalog.CatalogFile.Parsed;

class CatalogFileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The smallest entry the reader accepts: every other member takes its default. */
    private static final String MINIMAL_ENTRY = """
            {"code": "1.001193", "name": "Đăng ký khai sinh", "field": {"code": "HT", "name": "Hộ tịch"},
             "times": {"direct": {"value": 0, "unit": "same-day"}}}""";

    // ------------------------------------------------------------ sample catalogue

    @Test
    void sample_parsesWithoutProblems_andHoldsAtLeast30Procedures() {
        Parsed sample = CatalogFile.loadSample();

        assertThat(sample.problems()).isEmpty();
        assertThat(sample.procedures()).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void sample_saysItIsSampleData_toBeReplacedByTheProvincesCatalogue() {
        Parsed sample = CatalogFile.loadSample();

        assertThat(sample.sample()).isTrue();
        assertThat(sample.source()).containsIgnoringCase("mẫu").contains("thay bằng").contains("tỉnh");
        assertThat(sample.procedures()).allMatch(Procedure::sample);
    }

    @ParameterizedTest(name = "{0} {1}: {3} {2}, cut-off {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1.001193 | Đăng ký khai sinh                          | SAME_DAY    | 0 | true
            1.000894 | Đăng ký kết hôn                            | SAME_DAY    | 0 | true
            1.000656 | Đăng ký khai tử                            | SAME_DAY    | 0 | true
            2.000815 | Chứng thực bản sao từ bản chính            | SAME_DAY    | 0 | true
            2.000884 | Chứng thực chữ ký                          | SAME_DAY    | 0 | true
            2.000635 | Cấp bản sao Trích lục hộ tịch              | SAME_DAY    | 0 | true
            2.000908 | Cấp bản sao từ sổ gốc                      | SAME_DAY    | 0 | true
            1.004873 | Cấp Giấy xác nhận tình trạng hôn nhân      | WORKING_DAY | 3 | false
            """)
    void sample_containsMustHaveProcedure_withItsStatutoryTime(
            String code, String namePrefix, TimeUnit unit, int value, boolean cutoff) {
        Procedure procedure = byCode(CatalogFile.loadSample()).get(code);

        assertThat(procedure).as("procedure %s", code).isNotNull();
        assertThat(procedure.name()).startsWith(namePrefix);
        assertThat(procedure.timeFor(Channel.DIRECT)).isEqualTo(new ProcessingTime(value, unit));
        assertThat(procedure.sameDayCutoff()).isEqualTo(cutoff);
        assertThat(procedure.noFixedAppointment()).isFalse();
        assertThat(procedure.level()).isEqualTo(ProcedureLevel.COMMUNE);
    }

    @Test
    void sample_certifiedCopy_chargesLePhi2000PerPage() {
        Procedure copy = byCode(CatalogFile.loadSample()).get("2.000815");

        assertThat(copy.fees()).singleElement().satisfies(fee -> {
            assertThat(fee.kind()).isEqualTo(FeeKind.LE_PHI);
            assertThat(fee.amountVnd()).isEqualTo(2000);
            assertThat(fee.description()).contains("trang");
        });
    }

    @Test
    void sample_coversEveryTimeUnit_aProcedureWithoutAppointment_andManyFields() {
        List<Procedure> procedures = CatalogFile.loadSample().procedures();

        assertThat(procedures).extracting(p -> p.timeFor(Channel.DIRECT).unit())
                .contains(TimeUnit.values());
        assertThat(procedures).anyMatch(Procedure::noFixedAppointment);
        assertThat(procedures).allMatch(p -> !p.documents().isEmpty());
        Set<String> fields = procedures.stream().map(p -> p.field().name()).collect(Collectors.toSet());
        assertThat(fields).hasSizeGreaterThanOrEqualTo(8)
                .contains("Hộ tịch", "Chứng thực", "Đất đai", "Bảo trợ xã hội", "Người có công",
                        "Nuôi con nuôi", "Thi đua, khen thưởng");
    }

    @Test
    void sample_codesAreUniqueAndNational() {
        List<String> codes = CatalogFile.loadSample().procedures().stream().map(Procedure::code).toList();

        assertThat(codes).doesNotHaveDuplicates().allMatch(c -> c.matches("^[1-3]\\.\\d{6}$"));
    }

    @Test
    void sample_fileOnDisk_isNfc() throws IOException {
        try (InputStream in = CatalogFile.class.getResourceAsStream(CatalogFile.SAMPLE_RESOURCE)) {
            assertThat(in).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
        }
    }

    // ------------------------------------------------------------ writing

    @Test
    void writeThenParse_givesEqualProcedures_forTheWholeSample() throws IOException {
        Parsed sample = CatalogFile.loadSample();

        Parsed again = parse(CatalogFile.write(sample.procedures(), true, sample.source()));

        assertThat(again.problems()).isEmpty();
        assertThat(again.procedures()).containsExactlyElementsOf(sample.procedures());
        assertThat(again.source()).isEqualTo(sample.source());
        assertThat(again.sample()).isTrue();
    }

    @Test
    void writeThenParse_keepsEveryMember_ofAnUnusualProcedure() throws IOException {
        Procedure unusual = new Procedure("3.000123", "Thủ tục thử", new Field("KD", "Kinh doanh"),
                ProcedureLevel.PROVINCE,
                Map.of(Channel.DIRECT, ProcessingTime.workingDays(5),
                        Channel.ONLINE, new ProcessingTime(16, TimeUnit.WORKING_HOUR),
                        Channel.POST, new ProcessingTime(7, TimeUnit.CALENDAR_DAY)),
                false, true,
                List.of(new Fee(FeeKind.PHI, null, 1_500_000_000L, ""), new Fee(FeeKind.LE_PHI, "Lệ phí", 0, "Miễn")),
                List.of(new DocumentComponent("Đơn đề nghị", 2, 3, false)),
                false, 4, SupplementClockPolicy.SHIFT_BY_PAUSE, 15, false);

        Parsed again = parse(CatalogFile.write(List.of(unusual), false, "Quyết định 123/QĐ-UBND"));

        assertThat(again.problems()).isEmpty();
        assertThat(again.procedures()).containsExactly(unusual);
        assertThat(again.sample()).isFalse();
        assertThat(again.source()).isEqualTo("Quyết định 123/QĐ-UBND");
    }

    @Test
    void write_isPrettyJson_withTheFileKeys() {
        Procedure birth = byCode(CatalogFile.loadSample()).get("1.004873");

        String text = CatalogFile.write(List.of(birth), true, "x");

        assertThat(text).startsWith("{\n  \"formatVersion\": 1,")
                .contains("\"unit\": \"working-days\"", "\"level\": \"commune\"", "\"kind\": \"le-phi\"",
                        "\"supplementPolicy\": \"recompute-from-completion\"")
                .doesNotContain("\r");
    }

    @Test
    void write_rejectsTwoProceduresWithTheSameCode() {
        Procedure birth = byCode(CatalogFile.loadSample()).get("1.001193");

        assertThatThrownBy(() -> CatalogFile.write(List.of(birth, birth), true, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("1.001193");
    }

    // ------------------------------------------------------------ reading: defaults and tolerance

    @Test
    void minimalEntry_takesTheDocumentedDefaults() throws IOException {
        Parsed parsed = parse("{\"procedures\": [" + MINIMAL_ENTRY.replace("\"times\"",
                "\"documents\": [{\"name\": \"Tờ khai\"}], \"fees\": [{\"kind\": \"phi\", \"amountVnd\": 0}], \"times\"")
                + "]}");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.sample()).isFalse();
        assertThat(parsed.source()).isEmpty();
        Procedure p = parsed.procedures().get(0);
        assertThat(p.level()).isEqualTo(ProcedureLevel.COMMUNE);
        assertThat(p.sameDayCutoff()).isFalse();
        assertThat(p.noFixedAppointment()).isFalse();
        assertThat(p.active()).isTrue();
        assertThat(p.version()).isEqualTo(1);
        assertThat(p.supplementPolicy()).isEqualTo(SupplementClockPolicy.RECOMPUTE_FROM_COMPLETION);
        assertThat(p.supplementDays()).isZero();
        assertThat(p.documents()).containsExactly(new DocumentComponent("Tờ khai", 1, 0, true));
        assertThat(p.fees()).containsExactly(new Fee(FeeKind.PHI, "Phí", 0, ""));
        assertThat(p.times()).containsOnlyKeys(Channel.DIRECT);
    }

    @Test
    void unknownMembers_areIgnored_atEveryLevel() throws IOException {
        Parsed parsed = parse("{\"publisher\": \"Sở Tư pháp\", \"procedures\": ["
                + MINIMAL_ENTRY.replace("\"name\"", "\"moTa\": \"thêm\", \"name\"")
                        .replace("\"unit\"", "\"note\": 1, \"unit\"")
                + "]}");

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.procedures()).hasSize(1);
    }

    @Test
    void enumeratedValues_acceptAnyCaseAndSurroundingSpace() throws IOException {
        Parsed parsed = parse(oneEntry(with(MINIMAL_ENTRY, Map.of(
                "level", "\" Province \"", "times.direct.unit", "\"WORKING-DAYS\"", "times.direct.value", "2",
                "supplementPolicy", "\"Shift-By-Pause\""))));

        assertThat(parsed.problems()).isEmpty();
        Procedure p = parsed.procedures().get(0);
        assertThat(p.level()).isEqualTo(ProcedureLevel.PROVINCE);
        assertThat(p.timeFor(Channel.DIRECT)).isEqualTo(ProcessingTime.workingDays(2));
        assertThat(p.supplementPolicy()).isEqualTo(SupplementClockPolicy.SHIFT_BY_PAUSE);
    }

    @Test
    void wholeNumberWithZeroFraction_isAcceptedAsWholeNumber() throws IOException {
        Parsed parsed = parse(oneEntry(with(MINIMAL_ENTRY, Map.of(
                "times.direct", "{\"value\": 3.0, \"unit\": \"working-days\"}"))));

        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.procedures().get(0).timeFor(Channel.DIRECT)).isEqualTo(ProcessingTime.workingDays(3));
    }

    @Test
    void nfdText_isNormalisedToNfc_andTrimmed() throws IOException {
        String nfdName = Normalizer.normalize("Đăng ký khai sinh", Normalizer.Form.NFD);
        String nfdField = Normalizer.normalize("Hộ tịch", Normalizer.Form.NFD);
        assertThat(nfdName).isNotEqualTo("Đăng ký khai sinh");
        String entry = with(MINIMAL_ENTRY, Map.of(
                "name", JSON.valueToTree("  " + nfdName + "\t").toString(),
                "field.name", JSON.valueToTree(nfdField).toString(),
                "code", "\" 1.001193 \""));

        Parsed parsed = parse(oneEntry(entry));

        assertThat(parsed.problems()).isEmpty();
        Procedure p = parsed.procedures().get(0);
        assertThat(p.name()).isEqualTo("Đăng ký khai sinh");
        assertThat(Normalizer.isNormalized(p.name(), Normalizer.Form.NFC)).isTrue();
        assertThat(p.field().name()).isEqualTo("Hộ tịch");
        assertThat(p.code()).isEqualTo("1.001193");
    }

    // ------------------------------------------------------------ reading: problems

    @Test
    void brokenFile_reportsEveryBadEntry_withPositionAndPath_andKeepsTheGoodOnes() throws IOException {
        String file = """
                {"formatVersion": 1, "sample": false, "procedures": [
                  {"code": "1.001193", "name": "Đăng ký khai sinh", "field": {"code": "HT", "name": "Hộ tịch"},
                   "times": {"direct": {"value": 0, "unit": "same-day"}}, "sameDayCutoff": true},
                  {"code": "1.004873", "name": "Xác nhận tình trạng hôn nhân", "field": {"code": "HT", "name": "Hộ tịch"},
                   "times": {"direct": {"value": -3, "unit": "weeks"}}},
                  {"code": "1.1193", "name": "  ", "field": {"code": "HT", "name": "Hộ tịch"},
                   "times": {"online": {"value": 1, "unit": "working-days"}}},
                  {"code": "2.000815", "name": "Chứng thực bản sao", "field": {"code": "CT", "name": "Chứng thực"},
                   "times": {"direct": {"value": 0, "unit": "same-day"}},
                   "fees": [{"kind": "le-phi", "amountVnd": 2000}]},
                  "not a procedure",
                  {"code": "2.000884", "name": "Chứng thực chữ ký", "field": {"code": "CT", "name": "Chứng thực"},
                   "level": "county", "times": {"direct": {"value": 0, "unit": "same-day"}},
                   "fees": [{"kind": "thue", "amountVnd": 10000}, {"kind": "phi", "amountVnd": "10000"}],
                   "supplementPolicy": "pause", "active": "yes"},
                  {"code": "1.000656", "name": "Đăng ký khai tử", "field": "HT",
                   "times": {"direct": {"value": 0, "unit": "same-day"}},
                   "documents": [{"name": "Tờ khai", "copies": -1}]}
                ]}
                """;

        Parsed parsed = parse(file);

        assertThat(parsed.procedures()).extracting(Procedure::code).containsExactly("1.001193", "2.000815");
        assertThat(parsed.problems())
                .extracting(CatalogProblem::position, CatalogProblem::code, CatalogProblem::path)
                .containsExactly(
                        tuple(2, "1.004873", "procedures[1].times.direct.unit"),
                        tuple(2, "1.004873", "procedures[1].times.direct.value"),
                        tuple(3, "1.1193", "procedures[2].code"),
                        tuple(3, "1.1193", "procedures[2].name"),
                        tuple(3, "1.1193", "procedures[2].times.direct"),
                        tuple(5, "", "procedures[4]"),
                        tuple(6, "2.000884", "procedures[5].level"),
                        tuple(6, "2.000884", "procedures[5].fees[0].kind"),
                        tuple(6, "2.000884", "procedures[5].fees[1].amountVnd"),
                        tuple(6, "2.000884", "procedures[5].active"),
                        tuple(6, "2.000884", "procedures[5].supplementPolicy"),
                        tuple(7, "1.000656", "procedures[6].field"),
                        tuple(7, "1.000656", "procedures[6].documents[0].copies"));
        assertThat(parsed.problems().get(0).message())
                .isEqualTo("expected one of working-days, calendar-days, working-hours, same-day, found \"weeks\"");
        assertThat(parsed.problems().get(1).message()).isEqualTo("expected a whole number from 0 to 3650, found -3");
        assertThat(parsed.problems().get(5).message()).isEqualTo("expected a procedure object, found the text \"not a procedure\"");
        // the same problems as message keys: the desk shows them in Vietnamese (decision 0009)
        assertThat(parsed.problems().get(0).msg().vi())
                .isEqualTo("cần một trong các giá trị working-days, calendar-days, working-hours, same-day, nhưng gặp "
                        + "«weeks»");
        assertThat(parsed.problems().get(1).msg().vi()).isEqualTo("cần một số nguyên từ 0 đến 3650, nhưng gặp -3");
        assertThat(parsed.problems().get(5).msg().vi()).isEqualTo("cần một thủ tục (đối tượng), nhưng gặp «not a "
                + "procedure»");
        assertThat(parsed.problems()).allSatisfy(p -> assertThat(p.msg().key()).startsWith("catalog."));
    }

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            name               | ""                                     | procedures[0].name               | expected a non-blank text, found blank text
            name               | REMOVE                                 | procedures[0].name               | expected a non-blank text, found nothing
            name               | 12                                     | procedures[0].name               | expected a text, found the number 12
            code               | "4.001193"                             | procedures[0].code               | expected a national procedure code like 1.001193
            code               | REMOVE                                 | procedures[0].code               | expected a non-blank text, found nothing
            field              | "HT"                                   | procedures[0].field              | expected a field object with code and name, found the text "HT"
            field.name         | REMOVE                                 | procedures[0].field.name         | found nothing
            level              | "county"                               | procedures[0].level              | expected one of ministry, province, district, commune, found "county"
            times              | []                                     | procedures[0].times              | found an array
            times.direct       | REMOVE                                 | procedures[0].times.direct       | expected a processing time for the direct channel, found nothing
            times.fax          | {"value": 1, "unit": "same-day"}       | procedures[0].times.fax          | expected a channel direct, online, post, found "fax"
            times.direct.unit  | REMOVE                                 | procedures[0].times.direct.unit  | expected a non-blank text, found nothing
            times.direct       | {"value": 2, "unit": "same-day"}       | procedures[0].times.direct.value | expected a whole number equal to 0, found 2
            times.direct       | {"unit": "working-days"}               | procedures[0].times.direct.value | expected a whole number, found nothing
            times.direct       | {"value": 2.5, "unit": "working-days"} | procedures[0].times.direct.value | expected a whole number, found the number 2.5
            times.direct       | {"value": "3", "unit": "working-days"} | procedures[0].times.direct.value | expected a whole number, found the text "3"
            times.direct       | {"value": 4000, "unit": "calendar-days"} | procedures[0].times.direct.value | expected a whole number from 0 to 3650, found 4000
            sameDayCutoff      | 1                                      | procedures[0].sameDayCutoff      | expected true or false, found the number 1
            noFixedAppointment | "false"                                | procedures[0].noFixedAppointment | expected true or false, found the text "false"
            fees               | {}                                     | procedures[0].fees               | expected an array, found an object
            fees               | [{"kind": "phi", "amountVnd": -5}]     | procedures[0].fees[0].amountVnd  | expected a whole number of at least 0, found -5
            fees               | [{"amountVnd": 5}]                     | procedures[0].fees[0].kind       | expected a non-blank text, found nothing
            fees               | [3]                                    | procedures[0].fees[0]            | expected a fee object, found the number 3
            documents          | [{"originals": 1}]                     | procedures[0].documents[0].name  | expected a non-blank text, found nothing
            documents          | [{"name": "Tờ khai", "originals": -1}] | procedures[0].documents[0].originals | found -1
            documents          | [{"name": "Tờ khai", "mandatory": null, "copies": true}] | procedures[0].documents[0].copies | expected a whole number, found true
            version            | 0                                      | procedures[0].version            | expected a whole number of at least 1, found 0
            supplementPolicy   | "pause"                                | procedures[0].supplementPolicy   | expected one of recompute-from-completion, shift-by-pause, found "pause"
            supplementDays     | -3                                     | procedures[0].supplementDays     | expected a whole number from 0 to 3650, found -3
            """)
    void badMember_isReportedAtItsPath_andTheEntryIsSkipped(String member, String value, String path, String message)
            throws IOException {
        Parsed parsed = parse(oneEntry(with(MINIMAL_ENTRY, Map.of(member, value))));

        assertThat(parsed.procedures()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(1);
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).contains(message);
        });
    }

    @Test
    void duplicateCode_reportsTheLaterEntry_andKeepsTheFirst() throws IOException {
        String first = MINIMAL_ENTRY;
        String other = with(MINIMAL_ENTRY, Map.of("code", "\"1.000894\"", "name", "\"Đăng ký kết hôn\""));
        String again = with(MINIMAL_ENTRY, Map.of("name", "\"Đăng ký khai sinh (bản trùng)\""));

        Parsed parsed = parse("{\"procedures\": [" + first + "," + other + "," + again + "]}");

        assertThat(parsed.procedures()).extracting(Procedure::name).containsExactly("Đăng ký khai sinh", "Đăng ký kết hôn");
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isEqualTo(3);
            assertThat(problem.code()).isEqualTo("1.001193");
            assertThat(problem.path()).isEqualTo("procedures[2].code");
            assertThat(problem.message()).contains("\"1.001193\"").contains("entry 1");
        });
    }

    @Test
    void malformedJson_givesOneFileLevelProblem_withLineAndColumn() throws IOException {
        String file = "{\n  \"sample\": true,\n  \"source\": \"x\"\n  \"procedures\": []\n}";

        Parsed parsed = parse(file);

        assertThat(parsed.procedures()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isZero();
            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).startsWith("expected well-formed JSON, found a syntax error at line 4, column 3");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty input         | ''                                        | ''             | expected a JSON object at the top level, found nothing
            top-level array     | []                                        | ''             | expected a JSON object at the top level, found an array
            no procedures       | {"sample": true}                          | procedures     | expected an array of procedures, found nothing
            procedures object   | {"procedures": {}}                        | procedures     | expected an array of procedures, found an object
            future version      | {"formatVersion": 2, "procedures": []}    | formatVersion  | expected format version 1, found 2
            sample not boolean  | {"sample": "yes", "procedures": []}       | sample         | expected true or false, found the text "yes"
            trailing content    | {"procedures": []} {}                     | ''             | expected well-formed JSON
            """)
    void fileLevelProblem_hasPositionZero(String caseName, String file, String path, String message) throws IOException {
        Parsed parsed = parse(file);

        assertThat(parsed.procedures()).isEmpty();
        assertThat(parsed.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.position()).isZero();
            assertThat(problem.path()).isEqualTo(path);
            assertThat(problem.message()).startsWith(message);
        });
    }

    @Test
    void futureFormatVersion_readsNoEntries_evenGoodOnes() throws IOException {
        Parsed parsed = parse("{\"formatVersion\": 2, \"procedures\": [" + MINIMAL_ENTRY + "]}");

        assertThat(parsed.procedures()).isEmpty();
        assertThat(parsed.problems()).extracting(CatalogProblem::path).containsExactly("formatVersion");
    }

    @Test
    void failingStream_raisesIOException() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk gone");
            }
        };

        assertThatThrownBy(() -> CatalogFile.parse(broken)).isInstanceOf(IOException.class).hasMessage("disk gone");
    }

    // ------------------------------------------------------------ helpers

    private static Parsed parse(String text) throws IOException {
        return CatalogFile.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String oneEntry(String entry) {
        return "{\"procedures\": [" + entry + "]}";
    }

    private static Map<String, Procedure> byCode(Parsed parsed) {
        return parsed.procedures().stream().collect(Collectors.toMap(Procedure::code, p -> p));
    }

    /** Sets (or with {@code REMOVE}, deletes) members of an entry given by dotted path to raw JSON values. */
    private static String with(String entry, Map<String, String> members) {
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(entry);
            for (Map.Entry<String, String> member : members.entrySet()) {
                String[] steps = member.getKey().split("\\.");
                ObjectNode parent = root;
                for (int i = 0; i < steps.length - 1; i++) {
                    parent = (ObjectNode) parent.get(steps[i]);
                }
                String last = steps[steps.length - 1];
                if (member.getValue().equals("REMOVE")) {
                    parent.remove(last);
                } else {
                    JsonNode value = JSON.readTree(member.getValue());
                    parent.set(last, value);
                }
            }
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalArgumentException("bad test JSON: " + members, e);
        }
    }
}
