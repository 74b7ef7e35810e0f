package vn.motcua.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DayOfWeek;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.motcua.domain.account.Role;
import vn.motcua.domain.catalog.Channel;
import vn.motcua.domain.catalog.TimeUnit;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.dossier.ReturnMethod;
import vn.motcua.domain.dossier.TimeFlag;
import vn.motcua.service.QueueService;

/**
 * Both translations hold every key the desk uses — in Java ({@code m.t("…")} and key-like string literals), in FXML
 * ({@code %key}) and for every enum shown ({@code status.X}, {@code action.X} …) — and nothing else; Vietnamese is NFC.
 */
class MessagesBundleTest {
    private static final Path JAVA = Path.of("src/main/java/vn/motcua/desk");
    private static final Path FXML = Path.of("src/main/resources/vn/motcua/desk");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_]+)+)\"");
    private static final Pattern T_CALL = Pattern.compile("\\.t\\(\"([^\"]+)\"");
    private static final Pattern FXML_KEY = Pattern.compile("\"%([a-zA-Z0-9_.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/vn/motcua/desk/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> usedKeys(Set<String> prefixes) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(f);
                Matcher t = T_CALL.matcher(source);
                while (t.find()) {
                    if (!t.group(1).endsWith(".")) {
                        keys.add(t.group(1));
                    }
                }
                Matcher m = LITERAL.matcher(source);
                while (m.find()) {
                    if (prefixes.contains(m.group(1).substring(0, m.group(1).indexOf('.')))) {
                        keys.add(m.group(1));
                    }
                }
            }
        }
        try (Stream<Path> files = Files.walk(FXML)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher m = FXML_KEY.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        enumKeys(keys, "status", DossierStatus.values());
        enumKeys(keys, "action", DossierAction.values());
        enumKeys(keys, "flag", TimeFlag.values());
        enumKeys(keys, "queue", QueueService.Queue.values());
        enumKeys(keys, "channel", Channel.values());
        enumKeys(keys, "returnMethod", ReturnMethod.values());
        enumKeys(keys, "role", Role.values());
        enumKeys(keys, "timeUnit", TimeUnit.values());
        enumKeys(keys, "weekday", DayOfWeek.values());
        enumKeys(keys, "sex", vn.motcua.domain.citizen.Sex.values()); // ID-card scan: sex on the register form
        enumKeys(keys, "scanner.state", vn.motcua.desk.scan.SerialScanner.State.values()); // status bar
        enumKeys(keys, "sync.event", vn.motcua.store.OutboxRepository.EventType.values()); // desk sync: quarantine
        // desk print
        enumKeys(keys, "paper", vn.motcua.print.PaperFormat.values());
        enumKeys(keys, "form", vn.motcua.print.FormType.values());
        enumKeys(keys, "templateSet", vn.motcua.print.TemplateSet.values());
        enumKeys(keys, "supervisor.figure", vn.motcua.service.DashboardService.Figure.values());
        enumKeys(keys, "supervisor.figure.short", vn.motcua.service.DashboardService.Figure.values());
        enumKeys(keys, "supervisor.figure.tip", vn.motcua.service.DashboardService.Figure.values());
        enumKeys(keys, "rating", vn.motcua.domain.rating.RatingLevel.values());
        enumKeys(keys, "reports.kind", vn.motcua.service.DashboardService.ReportKind.values());
        for (DossierAction a : DossierAction.values()) { // the second question before an action that ends a dossier
            if (vn.motcua.desk.dossier.ActionDialog.final_(a)) {
                keys.add("dossier.action.sure." + a.name());
            }
        }
        keys.add("reports.channel.QR");
        keys.add("reports.channel.COUNTER");
        keys.add("settings.language.vi");
        keys.add("settings.language.en");
        return keys;
    }

    private static void enumKeys(Set<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> v : values) {
            keys.add(prefix + "." + v.name());
        }
    }

    private static Set<String> prefixes(Properties p) {
        Set<String> out = new TreeSet<>();
        p.stringPropertyNames().forEach(k -> out.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
        return out;
    }

    @Test
    void everyUsedKey_isInBothBundles() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        Set<String> used = usedKeys(prefixes(vi));
        assertThat(used).hasSizeGreaterThan(200);
        assertThat(vi.stringPropertyNames()).as("keys missing from messages_vi").containsAll(used);
        assertThat(en.stringPropertyNames()).as("keys missing from messages_en").containsAll(used);
    }

    @Test
    void bothBundles_haveTheSameKeys_andNoUnusedOnes() throws IOException {
        Properties vi = load("messages_vi.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
        assertThat(usedKeys(prefixes(vi))).containsExactlyInAnyOrderElementsOf(vi.stringPropertyNames());
    }

    @Test
    void vietnameseTexts_areNfc() throws IOException {
        Properties vi = load("messages_vi.properties");
        for (String k : vi.stringPropertyNames()) {
            String v = vi.getProperty(k);
            assertThat(Normalizer.isNormalized(v, Normalizer.Form.NFC)).as(k).isTrue();
        }
    }

    /**
     * Issue 15: the saved-dossier dialog said the receipt would print "khi mô-đun in được tích hợp" next to a working
     * print button. No text of either bundle, and no text written in an FXML screen, speaks of a part still to come.
     */
    @Test
    void noLeftoverPlaceholderTexts() throws IOException {
        Pattern leftover = Pattern.compile("(?iu)mô-đun|được tích hợp|chưa hỗ trợ|sẽ có sau|đang phát triển|"
                + "\\bTODO\\b|\\bFIXME\\b|lorem|not (yet )?implemented|coming soon|when the .*module");
        java.util.List<String> found = new java.util.ArrayList<>();
        for (String bundle : new String[] {"messages_vi.properties", "messages_en.properties"}) {
            Properties p = load(bundle);
            for (String k : p.stringPropertyNames()) {
                if (leftover.matcher(p.getProperty(k)).find()) {
                    found.add(bundle + " " + k + "=" + p.getProperty(k));
                }
            }
        }
        try (Stream<Path> files = Files.walk(FXML)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".fxml")).toList()) {
                Matcher text = Pattern.compile("(?:text|promptText)=\"([^\"%][^\"]*)\"").matcher(Files.readString(f));
                while (text.find()) {
                    if (leftover.matcher(text.group(1)).find()) {
                        found.add(f + ": " + text.group(1));
                    }
                }
            }
        }
        assertThat(found).as("texts about parts still to come").isEmpty();
    }
}
