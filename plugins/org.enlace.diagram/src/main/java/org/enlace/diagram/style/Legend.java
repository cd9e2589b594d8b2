package org.enlace.diagram.style;

import java.util.List;

/**
 * What the looks of a diagram mean, in one language: the node looks (element kinds, entry-point
 * statuses, the migration mark) and the edge looks (link kinds). A legend panel and the exports
 * draw it; keys are stable ({@code kind.goal}, {@code entryPoint.accepted},
 * {@code sdgTarget.migrationRelevant}, {@code link.measuredBy}).
 */
public record Legend(String title, List<NodeEntry> nodes, List<EdgeEntry> edges) {

    public Legend {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public record NodeEntry(String key, String name, NodeLook look) {
    }

    public record EdgeEntry(String key, String name, EdgeLook look) {
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty();
    }
}
