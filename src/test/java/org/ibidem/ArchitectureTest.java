package org.ibidem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.io.PrintStream;

/**
 * The package map of STYLE.md, enforced on the production classes (after JabRef's {@code CommonArchitectureTest}).
 *
 * <p>Where the table and the code's own signatures meet: {@code citation}'s public types carry {@code document}
 * types ({@code ParsedNote.note()} is a {@code Note}, {@code Citation.span()} a {@code TextSpan}), so a package
 * that may use {@code citation} may see {@code document} too; dependencies still only flow down the pipeline.
 */
@AnalyzeClasses(packages = "org.ibidem", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyStyleUsesCiteprocJava = noClasses()
            .that().resideOutsideOfPackage("org.ibidem.style..")
            .should().dependOnClassesThat().resideInAPackage("de.undercouch.citeproc..")
            .because("citeproc-java is mapped to in exactly one place (STYLE.md point 3)");

    @ArchTest
    static final ArchRule onlyBibtexUsesJBibTeX = noClasses()
            .that().resideOutsideOfPackage("org.ibidem.bibtex..")
            .should().dependOnClassesThat().resideInAPackage("org.jbibtex..")
            .because("JBibTeX is mapped to in exactly one place (STYLE.md point 3)");

    @ArchTest
    static final ArchRule onlyCliUsesPicocli = noClasses()
            .that().resideOutsideOfPackage("org.ibidem.cli..")
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    @ArchTest
    static final ArchRule onlyCliWritesToStandardOutput = noClasses()
            .that().resideOutsideOfPackage("org.ibidem.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("a library does not print; bad content becomes a diagnostic (STYLE.md point 4)");

    @ArchTest
    static final ArchRule onlyCliExits = noClasses()
            .that().resideOutsideOfPackage("org.ibidem.cli..")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class);

    @ArchTest
    static final ArchRule nobodyPrintsStackTraces = noClasses()
            .should().callMethod(Throwable.class, "printStackTrace")
            .orShould().callMethod(Throwable.class, "printStackTrace", PrintStream.class);

    @ArchTest
    static final ArchRule referenceDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("org.ibidem.reference..")
            .should().dependOnClassesThat().resideInAnyPackage("org.ibidem", "org.ibidem.document..",
                    "org.ibidem.citation..", "org.ibidem.resolution..", "org.ibidem.diagnostic..",
                    "org.ibidem.bibtex..", "org.ibidem.style..", "org.ibidem.export..", "org.ibidem.cli..",
                    "org.ibidem.json..");

    @ArchTest
    static final ArchRule dependenciesFlowDownThePipeline = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Facade").definedBy("org.ibidem")
            .layer("Reference").definedBy("org.ibidem.reference..")
            .layer("Document").definedBy("org.ibidem.document..")
            .layer("Citation").definedBy("org.ibidem.citation..")
            .layer("Resolution").definedBy("org.ibidem.resolution..")
            .layer("Diagnostic").definedBy("org.ibidem.diagnostic..")
            .layer("Bibtex").definedBy("org.ibidem.bibtex..")
            .layer("Style").definedBy("org.ibidem.style..")
            .layer("Export").definedBy("org.ibidem.export..")
            .layer("Cli").definedBy("org.ibidem.cli..")
            .layer("Json").definedBy("org.ibidem.json..")
            .layer("Rewrite").definedBy("org.ibidem.rewrite..")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            .whereLayer("Facade").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Reference").mayNotAccessAnyLayer()
            .whereLayer("Document").mayOnlyAccessLayers("Reference")
            .whereLayer("Citation").mayOnlyAccessLayers("Reference", "Document")
            .whereLayer("Resolution").mayOnlyAccessLayers("Citation", "Reference", "Document")
            .whereLayer("Diagnostic").mayOnlyAccessLayers("Resolution", "Citation", "Reference", "Document")
            .whereLayer("Bibtex").mayOnlyAccessLayers("Reference")
            .whereLayer("Style").mayOnlyAccessLayers("Reference")
            .whereLayer("Export").mayOnlyAccessLayers("Reference", "Bibtex", "Json")
            .whereLayer("Json").mayOnlyBeAccessedByLayers("Export", "Cli")
            .whereLayer("Json").mayNotAccessAnyLayer()
            .whereLayer("Rewrite").mayOnlyAccessLayers("Style", "Resolution", "Citation", "Reference", "Document")
            .ensureAllClassesAreContainedInArchitecture();

    /**
     * No two source files depend on each other, directly or through others: each file can be read, tested and
     * replaced from the files below it (issue 13). A file is a top-level class with its nested classes.
     */
    @ArchTest
    static final ArchRule noCycleBetweenSourceFiles = slices()
            .assignedFrom(new SourceFiles())
            .should().beFreeOfCycles();

    /** Assigns every class to the source file it is declared in: its top-level class. */
    static final class SourceFiles implements SliceAssignment {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            JavaClass top = javaClass;
            while (top.getEnclosingClass().isPresent()) {
                top = top.getEnclosingClass().get();
            }
            return SliceIdentifier.of(top.getName());
        }

        @Override
        public String getDescription() {
            return "source files";
        }
    }
}
