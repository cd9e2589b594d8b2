package org.enlace.cli;

import picocli.CommandLine.Command;

/** {@code enlace}: the top command; its subcommands do the work. */
@Command(name = "enlace", mixinStandardHelpOptions = true, version = "Enlace 0.1.0",
        resourceBundle = CliText.BUNDLE,
        subcommands = {NewCommand.class, InfoCommand.class, ValidateCommand.class, FormatCommand.class,
            CatalogCommand.class, CorpusCommand.class, SearchCommand.class, AcceptCommand.class,
            RejectCommand.class, CandidatesCommand.class, EvalCommand.class, DiagramCommand.class,
            RenderCommand.class})
final class EnlaceCommand {
}
