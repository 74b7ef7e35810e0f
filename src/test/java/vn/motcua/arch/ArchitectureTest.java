package vn.motcua.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layer table of docs/architecture.md ({@link Layers}), enforced as an allow-list, and the other import rules. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua");
    }

    /** The layer table of docs/architecture.md ({@link Layers}) as an allow-list: an edge not listed fails. */
    @Test
    void layers_useOnlyTheEdgesTheTableAllows() {
        layeredArchitecture(Layers.ALL, Layers.EXCEPTIONS).check(classes);
    }

    static ArchRule layeredArchitecture(List<Layers.Layer> layers, List<Layers.Exception> exceptions) {
        LayeredArchitecture arch = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInAnyPackage("vn.motcua..");
        for (Layers.Layer l : layers) {
            arch = arch.layer(l.name()).definedBy(packagesOf(l));
        }
        for (Layers.Layer l : layers) {
            String[] may = l.mayUseNames().toArray(String[]::new);
            arch = may.length == 0 ? arch.whereLayer(l.name()).mayNotAccessAnyLayer()
                    : arch.whereLayer(l.name()).mayOnlyAccessLayers(may);
        }
        for (Layers.Exception e : exceptions) {
            Layers.Layer from = layers.stream().filter(l -> l.name().equals(e.fromLayer())).findFirst().orElseThrow();
            arch = arch.ignoreDependency(packagesOf(from), JavaClass.Predicates.belongToAnyOf(
                    e.classes().stream().map(ArchitectureTest::load).toArray(Class<?>[]::new)));
        }
        return arch.because("docs/architecture.md's layer table is the rule (decision 0016): a new edge is added "
                + "to Layers.ALL with its reason, and to the table, or the code moves");
    }

    private static DescribedPredicate<JavaClass> packagesOf(Layers.Layer l) {
        return DescribedPredicate.describe(l.name() + " " + l.packages()
                        + (l.excluding().isEmpty() ? "" : " without " + l.excluding()),
                c -> inLayer(l, c.getPackageName()));
    }

    /** Whether a package belongs to the layer: one of its packages or below, not one of its exclusions. */
    static boolean inLayer(Layers.Layer l, String pkg) {
        return l.packages().stream().anyMatch(p -> p.isEmpty() ? pkg.equals("vn.motcua") : within(pkg, p))
                && l.excluding().stream().noneMatch(x -> within(pkg, x));
    }

    private static boolean within(String pkg, String p) {
        String root = "vn.motcua." + p;
        return pkg.equals(root) || pkg.startsWith(root + ".");
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ArchitectureTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a named exception in Layers names a missing class: " + name, e);
        }
    }

    @Test
    void domain_isPureJava() {
        ArchRule rule = classes().that().resideInAPackage("vn.motcua.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.motcua.domain..", "java..", "javax.crypto..");
        rule.check(classes);
    }

    @Test
    void onlyTheDeskAndItsLauncherUseJavaFx() {
        noClasses().that().resideOutsideOfPackages("vn.motcua.desk..", "vn.motcua.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .because("JavaFX is UI machinery: the service layer hands out no JavaFX type (decision 0016)")
                .check(classes);
    }

    @Test
    void syncWire_isPlainMessagesOverTheDomain() {
        classes().that().resideInAPackage("vn.motcua.sync.wire..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.motcua.domain..", "vn.motcua.sync.wire..",
                        "java..", "com.fasterxml.jackson..")
                .check(classes);
    }

    @Test
    void auth_isPasswordHashingAndSealingOverTheJdkAndBouncyCastleOnly() {
        classes().that().resideInAPackage("vn.motcua.auth..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.motcua.auth..", "java..",
                        "javax.crypto..", "org.bouncycastle..")
                .check(classes);
    }

    @Test
    void deskViewModels_holdNoControls() {
        noClasses().that().resideInAPackage("vn.motcua.desk..").and().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "JavaFX controls, stages or FXML (images are data and allowed)",
                        c -> (c.getPackageName().startsWith("javafx.scene") && !c.getPackageName()
                                .equals("javafx.scene.image")) || c.getPackageName().startsWith("javafx.stage")
                                || c.getPackageName().startsWith("javafx.fxml")))
                .check(classes);
    }

    @Test
    void onlyTheCommandLinePrintsToTheConsole() {
        noClasses().that().resideOutsideOfPackages("vn.motcua.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(classes);
    }

    @Test
    void loggingGoesThroughSlf4j() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..")
                .check(classes);
    }
}
