package org.enlace.diagram;

import java.util.HashSet;
import java.util.Set;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.enlace.model.Bendpoint;
import org.enlace.model.CatalogEntry;
import org.enlace.model.Diagram;
import org.enlace.model.Edge;
import org.enlace.model.EnlacePackage;
import org.enlace.model.Node;
import org.enlace.model.PlanningModel;

/**
 * Listens to the model for what a projection shows: the diagram and everything in it (nodes,
 * edges, bendpoints), the elements and links its nodes and edges stand for (titles, codes,
 * statuses, kinds), and the model's language. Undo and redo notify like any edit, so they need
 * nothing of their own. Catalogue entries are read-only and are not watched.
 */
final class ModelWatcher {

    /** What the watcher tells the projection. */
    interface Changes {
        void structureChanged();

        void nodeMoved(Node node);

        void nodeChanged(Node node);

        void edgeChanged(Edge edge);

        void edgeBent(Edge edge);

        void edgeReconnected(Edge edge);

        void elementChanged(EObject element);

        void languageChanged(String language);
    }

    private static final EnlacePackage P = EnlacePackage.eINSTANCE;

    private final Diagram diagram;
    private final PlanningModel model;
    private final Changes changes;
    private final DiagramAdapter diagramAdapter = new DiagramAdapter();
    private final Adapter elementAdapter = new ElementAdapter();
    private final Adapter modelAdapter = new ModelAdapter();
    private final Set<EObject> watched = new HashSet<>();

    ModelWatcher(Diagram diagram, Changes changes) {
        this.diagram = diagram;
        this.model = diagram.eContainer() instanceof PlanningModel owner ? owner : null;
        this.changes = changes;
    }

    void start() {
        diagram.eAdapters().add(diagramAdapter);
        if (model != null) {
            model.eAdapters().add(modelAdapter);
        }
        rewatchElements();
    }

    void stop() {
        diagram.eAdapters().remove(diagramAdapter);
        if (model != null) {
            model.eAdapters().remove(modelAdapter);
        }
        watched.forEach(object -> object.eAdapters().remove(elementAdapter));
        watched.clear();
    }

    /** Watches exactly the elements and links the diagram's nodes and edges stand for now. */
    void rewatchElements() {
        Set<EObject> wanted = new HashSet<>();
        for (Node node : diagram.getNodes()) {
            if (node.getElement() != null && !(node.getElement() instanceof CatalogEntry)) {
                wanted.add(node.getElement());
            }
        }
        for (Edge edge : diagram.getEdges()) {
            if (edge.getLink() != null) {
                wanted.add(edge.getLink());
            }
        }
        for (EObject object : watched) {
            if (!wanted.contains(object)) {
                object.eAdapters().remove(elementAdapter);
            }
        }
        for (EObject object : wanted) {
            if (!watched.contains(object)) {
                object.eAdapters().add(elementAdapter);
            }
        }
        watched.clear();
        watched.addAll(wanted);
    }

    private final class DiagramAdapter extends EContentAdapter {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (notification.isTouch()) {
                return;
            }
            Object feature = notification.getFeature();
            switch (notification.getNotifier()) {
                case Diagram changed when feature == P.getDiagram_Nodes() || feature == P.getDiagram_Edges() -> {
                    changes.structureChanged();
                    rewatchElements();
                }
                case Node node when feature == P.getNode_Element() -> {
                    changes.nodeChanged(node);
                    rewatchElements();
                }
                case Node node when feature == P.getNode_Style() -> changes.nodeChanged(node);
                case Node node when feature != P.getIdentified_Id() -> changes.nodeMoved(node);
                case Edge edge when feature == P.getEdge_Bendpoints() -> changes.edgeBent(edge);
                case Edge edge when feature == P.getEdge_Source() || feature == P.getEdge_Target() ->
                        changes.edgeReconnected(edge);
                case Edge edge when feature == P.getEdge_Link() -> {
                    changes.edgeChanged(edge);
                    rewatchElements();
                }
                case Edge edge when feature == P.getEdge_Style() -> changes.edgeChanged(edge);
                case Bendpoint bendpoint when bendpoint.eContainer() instanceof Edge edge -> changes.edgeBent(edge);
                default -> {
                    // The diagram's name and ids do not show.
                }
            }
        }
    }

    private final class ElementAdapter extends AdapterImpl {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && notification.getNotifier() instanceof EObject element) {
                changes.elementChanged(element);
            }
        }
    }

    private final class ModelAdapter extends AdapterImpl {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch() && notification.getFeature() == P.getPlanningModel_Language()) {
                changes.languageChanged(notification.getNewStringValue());
            }
        }
    }
}
