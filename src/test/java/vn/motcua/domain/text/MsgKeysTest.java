package vn.motcua.domain.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Service messages as keys (decision 0009): every key the main code names exists in both bundles, the bundles have
 * the same keys and the same arguments, and a message renders in each language.
 */
class MsgKeysTest {
    /** {@code Msg.of("key"}, {@code Problem.of(field, "key"}, {@code Roles.require(actor, "key"}, {@code WHAT = "key"},
     * {@code SOMETHING_KEY = "key"}, {@code InputProblem.of(field, "key"} / {@code InputProblem.missing(field, "key"}. */
    private static final Pattern USE = Pattern.compile(
            "(?:Msg\\.of\\(\\s*|Problem\\.of\\([^,()]+(?:\\([^()]*\\))?[^,()]*,\\s*|Roles\\.require\\(\\s*\\w+,\\s*"
                    + "|WHAT = |[A-Z_]+_KEY = |InputProblem\\.(?:of|missing)\\([^,()]+,\\s*)\"([a-zA-Z][\\w.]*\\w)\"");

    @Test
    void everyKeyUsedInTheCode_isInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = USE.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).as("keys found in the code").hasSizeGreaterThan(40)
                .contains("registration.procedure.unknown", "access.denied", "action.catalog.import");
        for (Locale l : List.of(Locale.forLanguageTag("vi"), Locale.ENGLISH)) {
            ResourceBundle b = Msg.bundle(l);
            List<String> missing = new ArrayList<>();
            for (String k : used) {
                if (!b.containsKey(k)) {
                    missing.add(k);
                }
            }
            for (vn.motcua.domain.account.Role r : vn.motcua.domain.account.Role.values()) { // "role." + name()
                if (!b.containsKey("role." + r.name())) {
                    missing.add("role." + r.name());
                }
            }
            assertThat(missing).as("keys missing from the " + l + " bundle").isEmpty();
        }
    }

    @Test
    void bothBundles_haveTheSameKeysAndArguments() {
        ResourceBundle vi = Msg.bundle(Locale.forLanguageTag("vi"));
        ResourceBundle en = Msg.bundle(Locale.ENGLISH);
        assertThat(new TreeSet<>(en.keySet())).isEqualTo(new TreeSet<>(vi.keySet()));
        Pattern arg = Pattern.compile("\\{\\d}");
        for (String k : vi.keySet()) {
            assertThat(args(arg, en.getString(k))).as(k).isEqualTo(args(arg, vi.getString(k)));
            assertThat(en.getString(k)).as(k + " is translated").isNotBlank();
        }
    }

    @Test
    void aMessage_rendersInEachLanguage_withNestedMessagesAndTextArguments() {
        Msg m = Msg.of("access.denied", "lan", Msg.of("role.CLERK"), Msg.of("action.catalog.import"),
                Msg.of("access.roles.or", Msg.of("role.SUPERVISOR"), Msg.of("role.ADMIN")));
        assertThat(m.vi()).isEqualTo("Tài khoản «lan» (Cán bộ một cửa) không có quyền nhập danh mục thủ tục; cần "
                + "quyền Lãnh đạo/Giám sát hoặc Quản trị.");
        assertThat(m.render(Locale.ENGLISH)).isEqualTo("Account «lan» (Counter clerk) may not import the procedure "
                + "catalogue; this needs the role Supervisor or Administrator.");
        assertThat(Msg.of("registration.name.tooLong", 1000).vi()).contains("1000"); // no digit grouping
        assertThat(Msg.text("Chưa dịch").render(Locale.ENGLISH)).isEqualTo("Chưa dịch");
        assertThat(Msg.of("no.such.key", "x").vi()).startsWith("⟦no.such.key⟧");
    }

    private static Set<String> args(Pattern p, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
