package org.enlace.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.enlace.model.l10n.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad file gets one clear message with file, line and column, and leaves nothing loaded. */
class ModelLoadErrorsTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String ROOT = "<enlace:PlanningModel xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:enlace=\"urn:enlace:model:1\""
            + " id=\"m\" modelVersion=\"1\" country=\"COL\"";
    private static final String VALID = HEAD + ROOT + ">\n"
            + "  <institutions id=\"i1\" name=\"DNP\"/>\n"
            + "  <entryPoints id=\"ep\" title=\"x\" owner=\"i1\">\n"
            + "    <sdgTargets href=\"platform:/plugin/org.enlace.model/catalog/sdg.xmi#10.7\"/>\n"
            + "  </entryPoints>\n"
            + "</enlace:PlanningModel>\n";

    @TempDir
    Path dir;

    private final ModelStore store = new ModelStore();

    @BeforeEach
    void english() {
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void defaultLocale() {
        Messages.setLocale(null);
    }

    @Test
    void theValidFixtureLoads() throws Exception {
        assertEquals("10.7", store.load(write(VALID)).getEntryPoints().get(0).getSdgTargets().get(0).getId());
    }

    @Test
    void emptyFile() throws Exception {
        ModelLoadException e = failure("  \n");
        assertEquals(LoadProblem.EMPTY, e.problem());
        assertTrue(e.getLocalizedMessage().endsWith("m.enlace: the file is empty. It is not an Enlace model; "
                + "restore it from its backup (.bak) or version control."), e.getLocalizedMessage());
    }

    @Test
    void missingFile() {
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> store.load(dir.resolve("none.enlace")));
        assertEquals(LoadProblem.NOT_FOUND, e.problem());
    }

    @Test
    void malformedXmlPointsAtTheLine() throws Exception {
        ModelLoadException e = failure(VALID.replace("<institutions id=\"i1\" name=\"DNP\"/>", "<institutions id=\"i1\" name=>"));
        assertEquals(LoadProblem.MALFORMED, e.problem());
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.getLocalizedMessage().contains("m.enlace:3:"), e.getLocalizedMessage());
    }

    @Test
    void truncatedFile() throws Exception {
        ModelLoadException e = failure(VALID.substring(0, VALID.length() / 2));
        assertEquals(LoadProblem.TRUNCATED, e.problem());
        assertTrue(e.line() > 0);
    }

    @Test
    void unknownNamespace() throws Exception {
        ModelLoadException e = failure(VALID.replace("urn:enlace:model:1", "urn:other:tool"));
        assertEquals(LoadProblem.UNKNOWN_NAMESPACE, e.problem());
        assertEquals(2, e.line());
        assertEquals("urn:other:tool", e.detail());
    }

    @Test
    void newerModelNamespace() throws Exception {
        ModelLoadException e = failure(VALID.replace("urn:enlace:model:1", "urn:enlace:model:2"));
        assertEquals(LoadProblem.NEWER_VERSION, e.problem());
        assertTrue(e.getLocalizedMessage().contains("written by a newer Enlace (model version 2)"));
    }

    @Test
    void newerModelVersionAttribute() throws Exception {
        ModelLoadException e = failure(VALID.replace("modelVersion=\"1\"", "modelVersion=\"7\""));
        assertEquals(LoadProblem.NEWER_VERSION, e.problem());
        assertEquals("7", e.detail());
    }

    @Test
    void referenceToAMissingCatalogueEntryIsReportedWhereItIs() throws Exception {
        ModelLoadException e = failure(VALID.replace("sdg.xmi#10.7", "sdg.xmi#10.99"));
        assertEquals(LoadProblem.MISSING_CATALOG_ENTRY, e.problem());
        assertEquals(5, e.line());
        assertEquals(23, e.column());
        assertEquals("10.99 (sdg.xmi)", e.detail());
    }

    @Test
    void referenceToAMissingObject() throws Exception {
        ModelLoadException e = failure(VALID.replace("owner=\"i1\"", "owner=\"i9\""));
        assertEquals(LoadProblem.MISSING_OBJECT, e.problem());
        assertEquals(4, e.line());
        assertTrue(e.detail().startsWith("i9"), e.detail());
    }

    @Test
    void unknownElementOrAttribute() throws Exception {
        ModelLoadException e = failure(VALID.replace("name=\"DNP\"", "name=\"DNP\" colour=\"red\""));
        assertEquals(LoadProblem.UNKNOWN_FEATURE, e.problem());
        assertEquals(3, e.line());
        assertEquals("colour", e.detail());
    }

    @Test
    void badEnumValue() throws Exception {
        ModelLoadException e = failure(VALID.replace("title=\"x\"", "title=\"x\" status=\"maybe\""));
        assertEquals(LoadProblem.BAD_VALUE, e.problem());
        assertEquals(4, e.line());
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET");
        String xxe = HEAD + "<!DOCTYPE x [<!ENTITY s SYSTEM \"" + secret.toUri() + "\">]>\n"
                + ROOT + " title=\"&s;\"/>\n";
        ModelLoadException e = failure(xxe);
        assertEquals(LoadProblem.DOCTYPE, e.problem());
        assertEquals(2, e.line());
    }

    @Test
    void entityExpansionBombIsRefused() throws Exception {
        String bomb = HEAD + "<!DOCTYPE x [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>\n" + ROOT + " title=\"&c;\"/>\n";
        assertEquals(LoadProblem.DOCTYPE, failure(bomb).problem());
    }

    @Test
    void aRootThatIsNotAPlanningModel() throws Exception {
        String catalog = HEAD + "<enlace:GcmCatalog xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:enlace=\"urn:enlace:model:1\" id=\"gcm\"/>\n";
        assertEquals(LoadProblem.NOT_A_MODEL, failure(catalog).problem());
    }

    @Test
    void aFailedLoadLeavesNothingInTheResourceSet() throws Exception {
        ResourceSet resourceSet = EnlaceResourceSets.create();
        Path file = write(VALID.replace("owner=\"i1\"", "owner=\"i9\""));
        assertThrows(ModelLoadException.class, () -> store.load(file, resourceSet));
        assertTrue(resourceSet.getResources().stream().noneMatch(r -> r.getURI().isFile()));
    }

    @Test
    void messagesAreInSpanishForSpanishUsers() throws Exception {
        Messages.setLocale(Locale.forLanguageTag("es"));
        ModelLoadException e = failure(VALID.replace("sdg.xmi#10.7", "sdg.xmi#10.99"));
        assertTrue(e.getLocalizedMessage().endsWith(
                "m.enlace:5:23: una referencia apunta a la entrada de catálogo 10.99 (sdg.xmi), que no existe. "
                        + "Corrija el código."), e.getLocalizedMessage());
    }

    private ModelLoadException failure(String content) throws Exception {
        Path file = write(content);
        return assertThrows(ModelLoadException.class, () -> store.load(file));
    }

    private Path write(String content) throws Exception {
        return Files.writeString(dir.resolve("m.enlace"), content);
    }
}
