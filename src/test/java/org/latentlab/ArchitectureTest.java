package org.latentlab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layer rules of DESIGN.md. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.latentlab");

    @Test
    void logicNeverTouchesJavaFx() {
        noClasses().that().resideInAnyPackage("..data..", "..ml..", "..analysis..", "..persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }

    @Test
    void uiNeverTouchesDjl() {
        noClasses().that().resideInAPackage("org.latentlab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
                .check(CLASSES);
    }

    @Test
    void analysisNeverTouchesDjl() {
        noClasses().that().resideInAnyPackage("org.latentlab.analysis..", "org.latentlab.data..")
                .should().dependOnClassesThat().resideInAnyPackage("ai.djl..")
                .check(CLASSES);
    }

    @Test
    void onlyAppUsesAppCliAndUi() {
        noClasses().that().resideOutsideOfPackages("org.latentlab.app..", "org.latentlab.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.latentlab.ui..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("org.latentlab.app..", "org.latentlab.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("org.latentlab.cli..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackage("org.latentlab.app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.latentlab.app..")
                .check(CLASSES);
    }

    @Test
    void persistenceNeverTouchesJavaFxOrUi() {
        noClasses().that().resideInAPackage("org.latentlab.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.latentlab.ui..")
                .check(CLASSES);
    }

    @Test
    void everyLayerMayUseSentencesBecauseItUsesNoLayer() {
        noClasses().that().resideInAPackage("org.latentlab.errors..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "ai.djl..")
                .orShould().dependOnClassesThat().resideOutsideOfPackages("org.latentlab.errors..", "java..", "javax..",
                        "com.google.gson..", "org.slf4j..")
                .check(CLASSES);
    }

    @Test
    void packagesDependOnEachOtherWithoutCycles() {
        slices().matching("org.latentlab.(**)").should().beFreeOfCycles().check(CLASSES);
    }

    /**
     * The loss parts read the block's output by position, constants javac inlines, so the bytecode
     * the rule above sees would not show ml.loss naming ml.model: the sources are checked instead.
     */
    @Test
    void lossPartsNeverNameTheModelPackage() throws java.io.IOException {
        java.nio.file.Path loss = java.nio.file.Path.of("src/main/java/org/latentlab/ml/loss");
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(loss)) {
            for (java.nio.file.Path f : files.toList()) {
                org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(f)).as(f.toString())
                        .doesNotContain("org.latentlab.ml.model");
            }
        }
    }
}
