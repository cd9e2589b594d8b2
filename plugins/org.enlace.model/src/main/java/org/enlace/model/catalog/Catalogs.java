package org.enlace.model.catalog;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.enlace.model.ActionFramework;
import org.enlace.model.GcmCatalog;
import org.enlace.model.SdgCatalog;
import org.enlace.model.persistence.EnlaceResourceSets;

/**
 * The read-only catalogues shipped in the model bundle. Model files refer to their entries by
 * official code: {@code platform:/plugin/org.enlace.model/catalog/sdg.xmi#10.7}.
 */
public final class Catalogs {

    public static final URI SDG = catalogUri("sdg.xmi");
    public static final URI GCM = catalogUri("gcm.xmi");
    public static final URI ACTIONS = catalogUri("actions.xmi");

    private Catalogs() {
    }

    public static SdgCatalog sdg(ResourceSet resourceSet) {
        return root(resourceSet, SDG, SdgCatalog.class);
    }

    public static GcmCatalog gcm(ResourceSet resourceSet) {
        return root(resourceSet, GCM, GcmCatalog.class);
    }

    public static ActionFramework actions(ResourceSet resourceSet) {
        return root(resourceSet, ACTIONS, ActionFramework.class);
    }

    /** Whether an object belongs to a shipped catalogue, and so must not be edited. */
    public static boolean isCatalogResource(Resource resource) {
        return resource != null && resource.getURI() != null
                && resource.getURI().toString().startsWith(EnlaceResourceSets.CATALOG_URI.toString());
    }

    private static <T extends EObject> T root(ResourceSet resourceSet, URI uri, Class<T> type) {
        Resource resource = resourceSet.getResource(uri, true);
        return type.cast(resource.getContents().get(0));
    }

    private static URI catalogUri(String file) {
        return URI.createURI(EnlaceResourceSets.CATALOG_URI + file);
    }
}
