package org.enlace.cli;

import picocli.CommandLine.Command;

/** {@code enlace diagram new}: diagrams of a model, made without a window. */
@Command(name = "diagram", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true,
        subcommands = {DiagramNewCommand.class})
final class DiagramCommand {
}
