package org.cpecwatch.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Dependencies flow one way: schemas, then the three stages, then the launcher. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cpecwatch");

    @Test
    void micrometerShouldStayInTheOpsPackage() {
        noClasses().that().resideOutsideOfPackage("org.cpecwatch.app.ops..")
                .should().dependOnClassesThat().resideInAPackage("io.micrometer..")
                .check(CLASSES);
    }

    @Test
    void ingestShouldNotUseOtherStages() {
        noClasses().that().resideInAPackage("org.cpecwatch.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cpecwatch.enrich..", "org.cpecwatch.sink..",
                        "org.cpecwatch.app..")
                .check(CLASSES);
    }

    @Test
    void enrichShouldNotUseOtherStages() {
        noClasses().that().resideInAPackage("org.cpecwatch.enrich..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cpecwatch.ingest..", "org.cpecwatch.sink..",
                        "org.cpecwatch.app..")
                .check(CLASSES);
    }

    @Test
    void sinkShouldNotUseOtherStages() {
        noClasses().that().resideInAPackage("org.cpecwatch.sink..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cpecwatch.ingest..", "org.cpecwatch.enrich..",
                        "org.cpecwatch.app..")
                .check(CLASSES);
    }

    @Test
    void schemasShouldDependOnNoStage() {
        noClasses().that().resideInAPackage("org.cpecwatch.schemas..")
                .should().dependOnClassesThat().resideInAnyPackage("org.cpecwatch.ingest..", "org.cpecwatch.enrich..",
                        "org.cpecwatch.sink..", "org.cpecwatch.app..", "org.cpecwatch.broker..")
                .check(CLASSES);
    }

    @Test
    void taggersShouldHoldNoKafkaTypes() {
        noClasses().that().resideInAPackage("org.cpecwatch.enrich.relevance..")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .check(CLASSES);
    }

    /** Only the processors and their store definitions touch Kafka; matching, merging and counting stay plain Java. */
    @Test
    void registerAndStatsLogicShouldHoldNoKafkaTypes() {
        noClasses().that().resideInAnyPackage("org.cpecwatch.enrich.register..", "org.cpecwatch.enrich.stats..")
                .and().haveNameNotMatching(".*(Processor|Stores)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("org.apache.kafka..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLauncherShouldExitTheJvm() {
        noClasses().that().doNotHaveFullyQualifiedName(Main.class.getName())
                .should().callMethod(System.class, "exit", int.class)
                .check(CLASSES);
    }
}
