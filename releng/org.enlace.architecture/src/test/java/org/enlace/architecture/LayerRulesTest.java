package org.enlace.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import javax.swing.JComponent;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The layer rules of docs/architecture.md. Bundles that do not exist yet (corpus, diagram,
 * workbench) are named already, so their rules hold from their first class on.
 */
@AnalyzeClasses(packages = "org.enlace", importOptions = ImportOption.DoNotIncludeTests.class)
class LayerRulesTest {

    @ArchTest
    static final ArchRule modelUsesEmfOnly = noClasses().that().resideInAPackage("org.enlace.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.mxgraph..",
                    "org.apache.lucene..", "org.enlace.corpus..", "org.enlace.diagram..", "org.enlace.workbench..",
                    "org.enlace.cli..", "picocli..")
            .because("the model bundle is the base every other bundle and every EMF tool builds on");

    @ArchTest
    static final ArchRule corpusHasNoUi = noClasses().that().resideInAPackage("org.enlace.corpus..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "java.awt..", "com.mxgraph..",
                    "org.enlace.diagram..", "org.enlace.workbench..", "org.enlace.cli..")
            .because("import, index and search run headless on the command line and in background jobs")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule diagramKnowsNoSearch = noClasses().that().resideInAPackage("org.enlace.diagram..")
            .should().dependOnClassesThat().resideInAnyPackage("org.apache.lucene..", "org.enlace.corpus..",
                    "org.enlace.workbench..", "org.enlace.cli..")
            .because("the diagram edits the model; search reaches it only through model commands")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule cliOpensNoWindows = noClasses().that().resideInAPackage("org.enlace.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javax.swing..", "org.enlace.workbench..")
            .because("researchers run the command line on servers and in batch jobs without a display");

    @ArchTest
    static final ArchRule nothingDependsOnTheApplications = noClasses().that()
            .resideOutsideOfPackages("org.enlace.workbench..", "org.enlace.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("org.enlace.workbench..", "org.enlace.cli..")
            .because("the workbench and the command line are the top of the stack");

    @ArchTest
    static final ArchRule onlyCorpusTouchesLucene = noClasses().that().resideOutsideOfPackage("org.enlace.corpus..")
            .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
            .because("one bundle owns the index, its schema and its writer");

    @ArchTest
    static final ArchRule onlyDiagramTouchesJGraphX = noClasses().that().resideOutsideOfPackage("org.enlace.diagram..")
            .should().dependOnClassesThat().resideInAPackage("com.mxgraph..")
            .because("JGraphX is frozen upstream and stays behind the diagram bundle's own API");

    /**
     * The diagram bundle's public API speaks of the model (diagrams, nodes, looks, layouts), not of
     * JGraphX; only the projection hands its graph to a Swing component, and Swing components
     * themselves may show JGraphX types.
     */
    @ArchTest
    static final ArchRule jgraphxStaysBehindTheDiagramApi = codeUnits().that().arePublic()
            .and().areDeclaredInClassesThat().arePublic()
            .and().areDeclaredInClassesThat().resideInAPackage("org.enlace.diagram..")
            .and().areDeclaredInClassesThat().doNotHaveFullyQualifiedName("org.enlace.diagram.DiagramProjection")
            .and().areDeclaredInClassesThat(DescribedPredicate.not(JavaClass.Predicates.assignableTo(JComponent.class)))
            .should(notMentionJGraphX())
            .because("JGraphX is frozen upstream: callers depend on Enlace's own types, so it can be replaced")
            .allowEmptyShould(true);

    private static ArchCondition<JavaCodeUnit> notMentionJGraphX() {
        return new ArchCondition<>("take and return no JGraphX type") {
            @Override
            public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                List<JavaClass> types = new ArrayList<>(codeUnit.getRawParameterTypes());
                types.add(codeUnit.getRawReturnType());
                for (JavaClass type : types) {
                    if (type.getPackageName().startsWith("com.mxgraph")) {
                        events.add(SimpleConditionEvent.violated(codeUnit,
                                codeUnit.getFullName() + " uses " + type.getName()));
                    }
                }
            }
        };
    }

    @ArchTest
    static final ArchRule onlyPersistenceTouchesXmi = noClasses().that()
            .resideOutsideOfPackage("org.enlace.model.persistence..")
            .should().dependOnClassesThat().resideInAPackage("org.eclipse.emf.ecore.xmi..")
            .because("one place decides how files are written and read, so every file is canonical and safe");

    @ArchTest
    static final ArchRule noConsoleOutsideTheCommandLine = noClasses().that()
            .resideOutsideOfPackage("org.enlace.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .orShould().callMethod(System.class, "exit", int.class)
            .because("libraries report through return values and exceptions; only the entry point prints and exits");

    @ArchTest
    static final ArchRule noCyclesBetweenBundles = slices().matching("org.enlace.(*)..").should().beFreeOfCycles()
            .because("cycles make bundles impossible to split and to test alone");

    /** EMF's generated interfaces and their impl package refer to each other by design; our own packages may not. */
    @ArchTest
    static final ArchRule noCyclesBetweenHandWrittenModelPackages = slices().matching("org.enlace.model.(*)..")
            .should().beFreeOfCycles()
            .because("persistence, catalogues, commands and validation build on each other in one direction");

}
