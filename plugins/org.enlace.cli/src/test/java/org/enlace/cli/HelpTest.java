package org.enlace.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each command's help shows its own description, not the top command's. */
class HelpTest {

    @RegisterExtension
    final CliRunner cli = new CliRunner();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "new|Create an empty model file.",
        "catalog sdg|List SDG goals, targets and indicators.",
        "corpus list|List the documents of a corpus with their metadata.",
        "search|Search the passages of a corpus.",
        "eval sdg|Measure the SDG goal scorer",
        "reject|Remember in the model that a candidate passage is not an entry",
        "diagram new|Add a laid-out diagram to a model",
        "render|Draw a diagram of a model as a PNG image or an SVG drawing"})
    void subcommandHelpDescribesTheSubcommand(String command, String description) {
        assertEquals(0, cli.run((command + " --help").split(" ")));
        String help = cli.out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains(description), help);
        assertFalse(help.contains("Create, inspect, validate and format Enlace model files"), help);
    }

    @Test
    void theTopCommandKeepsItsOwnDescription() {
        assertEquals(0, cli.run("--help"));
        assertTrue(cli.out.toString().contains("Create, inspect, validate and format Enlace model files"));
    }
}
