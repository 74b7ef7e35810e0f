package vn.motcua.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package table of docs/architecture.md, enforced. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.motcua");
    }

    @Test
    void domain_isPureJava() {
        ArchRule rule = classes().that().resideInAPackage("vn.motcua.domain..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("vn.motcua.domain..", "java..", "javax.crypto..");
        rule.check(classes);
    }

    @Test
    void store_dependsOnlyOnDomain() {
        noClasses().that().resideInAPackage("vn.motcua.store..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.service..", "vn.motcua.cli..",
                        "vn.motcua.desk..", "vn.motcua.central..", "vn.motcua.print..", "vn.motcua.report..",
                        "vn.motcua.sync..", "javafx..")
                .check(classes);
    }

    @Test
    void service_dependsOnlyOnDomainAndStore() {
        noClasses().that().resideInAPackage("vn.motcua.service..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.cli..", "vn.motcua.desk..",
                        "vn.motcua.central..", "javafx..")
                .check(classes);
    }

    @Test
    void print_dependsOnlyOnDomain() {
        noClasses().that().resideInAPackage("vn.motcua.print..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.store..", "vn.motcua.service..",
                        "vn.motcua.cli..", "vn.motcua.desk..", "vn.motcua.central..", "vn.motcua.sync..",
                        "vn.motcua.report..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void central_usesDomainSyncWirePrintAndReportOnly() {
        noClasses().that().resideInAPackage("vn.motcua.central..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.store..", "vn.motcua.service..",
                        "vn.motcua.cli..", "vn.motcua.desk..", "javafx..")
                .check(classes);
    }

    @Test
    void syncWire_isPlainMessagesOverTheDomain() {
        noClasses().that().resideInAPackage("vn.motcua.sync.wire..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.store..", "vn.motcua.service..",
                        "vn.motcua.cli..", "vn.motcua.desk..", "vn.motcua.central..", "javafx..")
                .check(classes);
    }

    @Test
    void print_isIndependentOfJavaFx() {
        noClasses().that().resideInAPackage("vn.motcua.print..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(classes);
    }

    @Test
    void syncEngine_usesDomainStoreAndWireOnly() {
        noClasses().that().resideInAPackage("vn.motcua.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("vn.motcua.service..", "vn.motcua.cli..",
                        "vn.motcua.desk..", "vn.motcua.central..")
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
    void nothingButTheDeskAndCliImportsTheCli() {
        noClasses().that().resideOutsideOfPackages("vn.motcua.cli..", "vn.motcua")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.cli..")
                .check(classes);
    }

    @Test
    void desk_neverImportsCentral() {
        noClasses().that().resideInAPackage("vn.motcua.desk..")
                .should().dependOnClassesThat().resideInAPackage("vn.motcua.central..")
                .allowEmptyShould(true)
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
