package org.enlace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code enlace diagram show} refuses, with what to do, when the model, the diagram or the display is missing. */
class DiagramShowCommandTest {

    @TempDir
    Path dir;

    @RegisterExtension
    final CliRunner cli = new CliRunner();

    private Path model;

    @BeforeEach
    void copyTheExample() throws Exception {
        model = Files.copy(EnlaceCliTest.EXAMPLE, dir.resolve("colombia.enlace"));
    }

    @AfterEach
    void restoreTheDisplayCheck() {
        DiagramShowCommand.headless = java.awt.GraphicsEnvironment::isHeadless;
    }

    private String err() {
        return cli.err.toString().replace(System.lineSeparator(), "\n");
    }

    @Test
    void anUnknownModelFileIsRefusedWithHowToMakeOne() {
        Path missing = dir.resolve("missing.enlace");
        assertEquals(2, cli.run("diagram", "show", missing.toString(), "--diagram", "PND"));
        assertEquals("There is no model file at " + missing + "; check the path, or create a model with: enlace new "
                + missing + " --country ISO3 --title \"TITLE\"\n", err());
    }

    @Test
    void anUnknownDiagramIsRefusedWithTheDiagramsTheModelHas() {
        assertEquals(2, cli.run("diagram", "show", model.toString(), "--diagram", "PND"));
        assertEquals(model + " has no diagrams yet. Make one with: enlace diagram new " + model + " --name \"PND\"\n",
                err());
        assertEquals(0, cli.run("diagram", "new", model.toString(), "--name", "Plan"));
        assertEquals(2, cli.run("diagram", "show", model.toString(), "--diagram", "PND"));
        assertEquals(model + " has no diagram \"PND\"; its diagrams: Plan. Make one with: enlace diagram new " + model
                + " --name \"PND\"\n", err());
    }

    @Test
    void withoutADisplayItSaysToRenderInstead() {
        assertEquals(0, cli.run("diagram", "new", model.toString(), "--name", "PND"));
        DiagramShowCommand.headless = () -> true;
        assertEquals(2, cli.run("diagram", "show", model.toString(), "--diagram", "PND"));
        assertEquals("enlace diagram show needs a display, and this session has none (no DISPLAY, or a server without"
                + " a screen). To draw the diagram without a window use: enlace render " + model
                + " --diagram \"PND\" --png PND.png\n", err());
    }
}
