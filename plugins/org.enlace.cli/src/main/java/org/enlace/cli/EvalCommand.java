package org.enlace.cli;

import picocli.CommandLine.Command;

/** {@code enlace eval ...}: measure detection against labelled files. */
@Command(name = "eval", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true,
        subcommands = {EvalMigrationCommand.class, EvalSdgCommand.class})
final class EvalCommand {
}
