package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The product jar holds no test rig (decision 0015): no class compiled from {@code src/bench/java} and no class of ours
 * named like a benchmark, crash or soak harness, fault proxy or synthetic data. Runs after {@code package} (failsafe).
 */
class ProductJarIT {
    private static final Path JAR = Path.of("target", "motcua.jar");
    private static final Path BENCH_CLASSES = Path.of("target", "bench-classes");
    private static final Pattern RIG = Pattern.compile("(?i)bench|crash|soak|harness|fault|synthetic|sampledossiers");
    /**
     * Product classes that match {@link #RIG} by name but are not test rigs: the mock national portal is the operator
     * command {@code central portal mock} (README, docs/portal-mapping.md) and its injected faults are part of it
     * (decision 0025).
     */
    private static final List<String> NOT_RIGS = List.of("vn/motcua/central/portal/mock/MockPortal$Fault.class");

    @Test
    void theProductJarHoldsNoTestRig() throws Exception {
        assertThat(JAR).as("mvn package builds %s", JAR).isRegularFile();
        List<String> ours = new ArrayList<>();
        try (ZipFile zip = new ZipFile(JAR.toFile())) {
            zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith("vn/motcua/") && n.endsWith(".class"))
                    .forEach(ours::add);
        }
        assertThat(ours).as("our classes in the product jar").contains("vn/motcua/Main.class",
                "vn/motcua/cli/MotCuaCommand.class");
        List<String> rigs;
        try (Stream<Path> s = Files.walk(BENCH_CLASSES)) {
            rigs = s.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> BENCH_CLASSES.relativize(p).toString().replace('\\', '/')).toList();
        }
        assertThat(rigs).as("classes compiled from src/bench/java").contains("vn/motcua/cli/BenchMain.class",
                "vn/motcua/cli/CrashCommand.class", "vn/motcua/cli/SyncHarness.class",
                "vn/motcua/sync/fault/FaultProxy.class", "vn/motcua/central/bench/SyntheticDossiers.class");
        assertThat(ours).as("test rigs in the product jar").doesNotContainAnyElementsOf(rigs);
        assertThat(ours).as("the named exceptions still exist").containsAll(NOT_RIGS);
        assertThat(ours.stream().filter(n -> RIG.matcher(n).find()).filter(n -> !NOT_RIGS.contains(n)).toList())
                .as("classes named like a test rig in the product jar").isEmpty();
    }

    @Test
    void theBenchJarHoldsTheRigsOnlyAndStartsFromBesideTheProductJar() throws Exception {
        Path bench = Path.of("target", "motcua-bench.jar");
        assertThat(bench).isRegularFile();
        try (ZipFile zip = new ZipFile(bench.toFile())) {
            String manifest = new String(zip.getInputStream(zip.getEntry("META-INF/MANIFEST.MF")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertThat(manifest).contains("Main-Class: vn.motcua.cli.BenchMain").contains("Class-Path: motcua.jar");
            assertThat(zip.stream().map(ZipEntry::getName).filter(n -> n.endsWith(".class")))
                    .allMatch(n -> !n.equals("vn/motcua/Main.class") && !n.startsWith("vn/motcua/service/"));
        }
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", bench.toString(), "--help").redirectErrorStream(true).start();
        String help = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(help).isZero();
        assertThat(help).contains("bench").contains("crashtest");
        Process product = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "--help").redirectErrorStream(true).start();
        String productHelp = new String(product.getInputStream().readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(product.waitFor()).as(productHelp).isZero();
        assertThat(productHelp).contains("register").doesNotContain("crashtest").doesNotContain("bench ");
    }
}
