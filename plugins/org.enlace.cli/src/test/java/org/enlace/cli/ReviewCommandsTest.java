package org.enlace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.enlace.model.EnlaceFactory;
import org.enlace.model.EntryPoint;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.Goal;
import org.enlace.model.NationalDevelopmentPlan;
import org.enlace.model.PlanningModel;
import org.enlace.model.persistence.ModelStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** accept and reject: a candidate passage of a corpus becomes evidence in a model file. */
class ReviewCommandsTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRunner cli = new CliRunner();

    private Path corpus;
    private Path model;
    private String candidate;

    @BeforeEach
    void importAPlanAndMakeAModel() throws Exception {
        Path plans = Files.createDirectories(dir.resolve("plans"));
        Files.writeString(plans.resolve("plan.md"), "# Salud\n\nLa Nación cofinanciará la salud de la población "
                + "migrante no afiliada.\n");
        corpus = dir.resolve("corpus");
        assertEquals(0, cli.run("corpus", "import", plans.toString(), "--corpus", corpus.toString(), "--threads", "1"));
        model = dir.resolve("m.enlace");
        assertEquals(0, cli.run("new", model.toString(), "--country", "COL", "--title", "PND"));
        PlanningModel loaded = new ModelStore().load(model);
        NationalDevelopmentPlan plan = EnlaceFactory.eINSTANCE.createNationalDevelopmentPlan();
        plan.setId("plan");
        plan.setCode("PND");
        Goal goal = EnlaceFactory.eINSTANCE.createGoal();
        goal.setId("goal");
        goal.setCode("G1");
        goal.setTitle("Salud para todas las personas");
        plan.getGoals().add(goal);
        loaded.getPlans().add(plan);
        new ModelStore().save(loaded, model);
        assertEquals(0, cli.run("search", "migrante", "--corpus", corpus.toString(), "--format", "csv"));
        candidate = cli.out.toString().lines().skip(1).findFirst().orElseThrow().split(",")[1];
    }

    private EntryPoint onlyEntryPoint() throws Exception {
        List<EntryPoint> entryPoints = new ModelStore().load(model).getEntryPoints();
        assertEquals(1, entryPoints.size());
        return entryPoints.get(0);
    }

    @Test
    void acceptRecordsTheEntryPointWithItsEvidenceAndTheModelValidates() throws Exception {
        assertEquals(0, cli.run("accept", candidate, "--corpus", corpus.toString(), "--model", model.toString(),
                "--element", "G1", "--kind", "programmeForMigrants", "--sdg", "3.8,10.7", "--gcm", "15",
                "--reviewer", "ana", "--query", "migrante"), cli.err.toString());
        assertEquals("Accepted " + candidate + " as an entry point of G1; saved " + model + ".\n",
                cli.out.toString().replace(System.lineSeparator(), "\n"));
        EntryPoint entryPoint = onlyEntryPoint();
        assertEquals(EntryPointStatus.ACCEPTED, entryPoint.getStatus());
        assertEquals("G1", entryPoint.getAt().getCode());
        assertEquals("Salud para todas las personas", entryPoint.getTitle());
        assertEquals(List.of("3.8", "10.7"), entryPoint.getSdgTargets().stream().map(EcoreUtil::getID).toList());
        assertEquals("La Nación cofinanciará la salud de la población migrante no afiliada.",
                entryPoint.getEvidence().get(0).getQuote());
        assertEquals(List.of(1, "migrante", "ana"), List.of(entryPoint.getEvidence().get(0).getPage(),
                entryPoint.getEvidence().get(0).getFoundBy(), entryPoint.getEvidence().get(0).getReviewer()));
        assertEquals(0, cli.run("validate", model.toString()), cli.out.toString());
    }

    @Test
    void rejectIsRememberedAndASecondDecisionIsRefused() throws Exception {
        assertEquals(0, cli.run("reject", candidate, "--corpus", corpus.toString(), "--model", model.toString(),
                "--reason", "diagnóstico"));
        assertEquals(EntryPointStatus.REJECTED, onlyEntryPoint().getStatus());
        assertEquals(1, cli.run("accept", candidate, "--corpus", corpus.toString(), "--model", model.toString(),
                "--element", "G1", "--kind", "programmeForMigrants", "--sdg", "10.7"));
        assertEquals(candidate + " was already reviewed in " + model + "; undo that decision in the model first.\n",
                cli.err.toString().replace(System.lineSeparator(), "\n"));
        assertEquals(0, cli.run("validate", model.toString()));
    }

    @Test
    void candidatesExplainThemselvesAndLeaveOutWhatTheModelAlreadyDecided() throws Exception {
        assertEquals(0, cli.run("candidates", "--corpus", corpus.toString(), "--format", "csv"));
        List<String> rows = cli.out.toString().lines().toList();
        assertEquals("rank,id,document,title,page,entry_point,migration_score,commitment_score,sdg_targets,"
                + "gcm_objectives,clauses,text", rows.get(0));
        assertEquals(2, rows.size(), cli.out.toString());
        assertEquals(true, rows.get(1).startsWith("1," + candidate + ","), rows.get(1));
        assertEquals(true, rows.get(1).contains(",10.7;"), rows.get(1));

        assertEquals(0, cli.run("candidates", "--corpus", corpus.toString()));
        assertEquals(true, cli.out.toString().contains("La Nación [cofinanciará] la [salud] de la población [migrante] no afiliada."),
                cli.out.toString());
        assertEquals(true, cli.out.toString().contains("SDG targets: 10.7 ("), cli.out.toString());

        assertEquals(0, cli.run("reject", candidate, "--corpus", corpus.toString(), "--model", model.toString()));
        assertEquals(1, cli.run("candidates", "--corpus", corpus.toString(), "--model", model.toString()));
        assertEquals("0 candidate(s); showing 0.", cli.out.toString().strip());
    }

    @Test
    void aSavedSearchRunAgainShowsOnlyTheCandidatesOfNewDocuments() throws Exception {
        assertEquals(0, cli.run("candidates", "--corpus", corpus.toString(), "--save", "semanal", "--format", "csv"));
        assertEquals(2, cli.out.toString().lines().count());

        Path more = Files.createDirectories(dir.resolve("more"));
        Files.writeString(more.resolve("nuevo.md"), "# Empleo\n\nCrearemos un programa de empleo para "
                + "trabajadores migrantes.\n");
        assertEquals(0, cli.run("corpus", "import", more.toString(), "--corpus", corpus.toString(), "--threads", "1"));

        assertEquals(0, cli.run("candidates", "--corpus", corpus.toString(), "--saved", "semanal", "--format", "csv"));
        List<String> rows = cli.out.toString().lines().toList();
        assertEquals(2, rows.size(), cli.out.toString());
        assertEquals(true, rows.get(1).contains("trabajadores migrantes"), rows.get(1));

        assertEquals(1, cli.run("candidates", "--corpus", corpus.toString(), "--saved", "semanal"));
        assertEquals("0 candidate(s); showing 0.", cli.out.toString().strip());

        assertEquals(2, cli.run("candidates", "--corpus", corpus.toString(), "--saved", "mensual"));
        assertEquals("There is no saved search \"mensual\" in this corpus; saved searches: semanal.",
                cli.err.toString().strip());
        assertEquals(2, cli.run("candidates", "--corpus", corpus.toString(), "--save", "a/b"));
    }

    @Test
    void unknownCandidatesElementsKindsAndTargetsExitTwoWithTheReason() {
        String[] base = {"--corpus", corpus.toString(), "--model", model.toString()};
        assertEquals(2, cli.run(concat(new String[] {"accept", "nada#0"}, base, "--element", "G1", "--kind",
                "programmeForMigrants")));
        assertEquals("There is no passage nada#0 in the corpus " + corpus
                + "; check the id with enlace search or enlace candidates.", cli.err.toString().strip());
        assertEquals(2, cli.run(concat(new String[] {"accept", candidate}, base, "--element", "G9", "--kind",
                "programmeForMigrants")));
        assertEquals("No plan element has the code G9; see enlace info or the model.", cli.err.toString().strip());
        assertEquals(2, cli.run(concat(new String[] {"accept", candidate}, base, "--element", "G1", "--kind", "otro")));
        assertEquals("\"otro\" is not a kind of entry point; use one of [disaggregateByMigratoryStatus, "
                + "newGoalOrTarget, proxyIndicator, programmeForMigrants, institutionalCoordination, dataSource].",
                cli.err.toString().strip());
        assertEquals(2, cli.run(concat(new String[] {"accept", candidate}, base, "--element", "G1", "--kind",
                "dataSource", "--sdg", "10.77")));
        assertEquals("\"10.77\" is not an SDG target code (e.g. 10.7, 8.8, 4.b); see enlace catalog sdg.",
                cli.err.toString().strip());
    }

    private static String[] concat(String[] first, String[] second, String... third) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(List.of(second));
        all.addAll(List.of(third));
        return all.toArray(String[]::new);
    }
}
