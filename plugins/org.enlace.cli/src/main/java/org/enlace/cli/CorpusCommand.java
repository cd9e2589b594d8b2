package org.enlace.cli;

import picocli.CommandLine.Command;

/** {@code enlace corpus import|list|remove}: manage the documents of a corpus folder. */
@Command(name = "corpus", resourceBundle = CliText.BUNDLE, mixinStandardHelpOptions = true,
        subcommands = {CorpusImportCommand.class, CorpusListCommand.class, CorpusRemoveCommand.class})
final class CorpusCommand {
}
