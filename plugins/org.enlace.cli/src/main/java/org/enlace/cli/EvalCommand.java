package org.enlace.cli;

import picocli.CommandLine.Command;

/** {@code enlace eval ...}: measure a detector against a labelled file. */
@Command(name = "eval", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true,
        subcommands = {EvalSdgCommand.class})
final class EvalCommand {
}
