package org.enlace.diagram.style;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.enlace.model.EntryPoint;
import org.enlace.model.EntryPointStatus;
import org.enlace.model.Identified;
import org.enlace.model.LinkKind;
import org.enlace.model.PlanningModel;
import org.enlace.model.SdgTarget;
import org.enlace.model.catalog.CatalogQuery;

/**
 * The look and the texts of a model's diagrams: colour and shape by element kind, entry points by
 * status, migration-relevant SDG targets marked, edges by link kind; labels and names in the
 * model's language. Immutable: a change of the model's language makes a new one.
 */
public final class DiagramStyles {

    private final String language;
    private final Locale locale;
    private final Set<String> migrationRelevant;
    private final NodeLabels labels;

    /**
     * @param language the model's language ({@code es}, {@code en}); labels, link names and legend use it
     * @param migrationRelevantTargets the SDG targets to mark (see {@link CatalogQuery#migrationRelevantTargets()})
     */
    public DiagramStyles(String language, Collection<SdgTarget> migrationRelevantTargets) {
        this(language, idsOf(migrationRelevantTargets));
    }

    private DiagramStyles(String language, Set<String> migrationRelevant) {
        this.language = language == null || language.isBlank() ? "en" : language;
        this.locale = DiagramText.localeOf(this.language);
        this.migrationRelevant = migrationRelevant;
        this.labels = new NodeLabels(this.language);
    }

    private static Set<String> idsOf(Collection<SdgTarget> targets) {
        Set<String> ids = new HashSet<>();
        targets.forEach(target -> ids.add(target.getId()));
        return Set.copyOf(ids);
    }

    /** The styles of {@code model}'s diagrams: its language, and the curated migration relevance of SDG targets. */
    public static DiagramStyles of(PlanningModel model, CatalogQuery catalogs) {
        return new DiagramStyles(model.getLanguage(), catalogs.migrationRelevantTargets());
    }

    /** The same styles for a model that now speaks {@code newLanguage}. */
    public DiagramStyles withLanguage(String newLanguage) {
        return new DiagramStyles(newLanguage, migrationRelevant);
    }

    public String language() {
        return language;
    }

    public Locale locale() {
        return locale;
    }

    public NodeLabels labels() {
        return labels;
    }

    public NodeLook nodeLook(Identified element) {
        ElementKind kind = ElementKind.of(element);
        if (element instanceof EntryPoint entryPoint) {
            return statusLook(entryPoint.getStatus());
        }
        NodeLook look = kindLook(kind);
        return isMigrationRelevant(element) ? look.withStroke(Palette.MIGRATION_MARK, Palette.MIGRATION_MARK_WIDTH)
                : look;
    }

    public static NodeLook kindLook(ElementKind kind) {
        return Palette.of(kind);
    }

    public static NodeLook statusLook(EntryPointStatus status) {
        return Palette.of(status == null ? EntryPointStatus.CANDIDATE : status);
    }

    public static EdgeLook edgeLook(LinkKind kind) {
        return Palette.of(kind == null ? LinkKind.ALIGNS_FULLY : kind);
    }

    public boolean isMigrationRelevant(Identified element) {
        return element instanceof SdgTarget target && migrationRelevant.contains(target.getId());
    }

    /** The label of a node {@code width} wide showing {@code element}. */
    public String label(Identified element, int width) {
        return labels.label(element, width, nodeLook(element));
    }

    /** The size of a new node showing {@code element}: its kind's width, and the height its label needs. */
    public NodeSizes.Size newNodeSize(Identified element) {
        int width = NodeSizes.newWidth(ElementKind.of(element));
        return new NodeSizes.Size(width, labels.preferredHeight(element, width, nodeLook(element)));
    }

    public String linkLabel(LinkKind kind) {
        return DiagramText.linkKind(locale, kind == null ? LinkKind.ALIGNS_FULLY : kind);
    }

    public String kindName(ElementKind kind) {
        return DiagramText.get(locale, "kind." + kind.key());
    }

    public String statusName(EntryPointStatus status) {
        return DiagramText.get(locale, "status." + status.getLiteral());
    }

    /** Every look with its meaning. */
    public Legend legend() {
        return legendOf(EnumSet.allOf(ElementKind.class), EnumSet.allOf(EntryPointStatus.class), true,
                EnumSet.allOf(LinkKind.class));
    }

    /** The legend of what a diagram shows: only the kinds, statuses and link kinds present in it. */
    public Legend legendOf(Collection<? extends Identified> elements, Collection<LinkKind> linkKinds) {
        Set<ElementKind> kinds = EnumSet.noneOf(ElementKind.class);
        Set<EntryPointStatus> statuses = EnumSet.noneOf(EntryPointStatus.class);
        boolean marked = false;
        for (Identified element : elements) {
            kinds.add(ElementKind.of(element));
            if (element instanceof EntryPoint entryPoint) {
                statuses.add(entryPoint.getStatus() == null ? EntryPointStatus.CANDIDATE : entryPoint.getStatus());
            }
            marked |= isMigrationRelevant(element);
        }
        Set<LinkKind> links = linkKinds.isEmpty() ? EnumSet.noneOf(LinkKind.class) : EnumSet.copyOf(linkKinds);
        return legendOf(kinds, statuses, marked, links);
    }

    private Legend legendOf(Set<ElementKind> kinds, Set<EntryPointStatus> statuses, boolean marked,
            Set<LinkKind> linkKinds) {
        List<Legend.NodeEntry> nodes = new ArrayList<>();
        for (ElementKind kind : kinds) {
            if (kind == ElementKind.ENTRY_POINT) {
                for (EntryPointStatus status : statuses) {
                    nodes.add(new Legend.NodeEntry("entryPoint." + status.getLiteral(),
                            DiagramText.get(locale, "legend.entryPoint", statusName(status)), statusLook(status)));
                }
                continue;
            }
            nodes.add(new Legend.NodeEntry("kind." + kind.key(), kindName(kind), kindLook(kind)));
            if (kind == ElementKind.SDG_TARGET && marked) {
                nodes.add(new Legend.NodeEntry("sdgTarget.migrationRelevant",
                        DiagramText.get(locale, "legend.migrationRelevant"),
                        kindLook(kind).withStroke(Palette.MIGRATION_MARK, Palette.MIGRATION_MARK_WIDTH)));
            }
        }
        List<Legend.EdgeEntry> edges = new ArrayList<>();
        for (LinkKind kind : linkKinds) {
            edges.add(new Legend.EdgeEntry("link." + kind.getLiteral(), linkLabel(kind), edgeLook(kind)));
        }
        return new Legend(DiagramText.get(locale, "legend.title"), nodes, edges);
    }
}
