package org.enlace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.enlace.model.Diagram;
import org.enlace.model.commands.DiagramQuery;
import org.enlace.model.commands.ModelSession;
import org.enlace.model.persistence.ModelLoadException;

/** A model opened for one of its diagrams, for the commands that draw or show a diagram by name. */
record OpenDiagram(ModelSession session, Diagram diagram) {

    /**
     * Opens {@code file} and finds the diagram called {@code name}; when either fails, says why on
     * {@code err} (for a missing diagram: the model's diagrams and how to make the one asked for).
     */
    static Optional<OpenDiagram> open(Path file, String name, PrintWriter err) {
        ModelSession session;
        try {
            session = ModelSession.open(file);
        } catch (ModelLoadException e) {
            err.println(e.getLocalizedMessage());
            return Optional.empty();
        }
        Optional<Diagram> diagram = DiagramQuery.byName(session.model(), name);
        if (diagram.isEmpty()) {
            List<String> names = session.model().getDiagrams().stream().map(Diagram::getName).toList();
            err.println(names.isEmpty() ? CliText.get("render.noDiagrams", file, name.strip())
                    : CliText.get("render.noDiagram", file, name.strip(), String.join(", ", names)));
            return Optional.empty();
        }
        return Optional.of(new OpenDiagram(session, diagram.get()));
    }
}
