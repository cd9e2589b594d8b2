package org.enlace.cli;

import picocli.CommandLine.Command;

/** {@code enlace diagram new} makes diagrams of a model without a window; {@code enlace diagram show} opens one. */
@Command(name = "diagram", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true,
        subcommands = {DiagramNewCommand.class, DiagramShowCommand.class})
final class DiagramCommand {
}
