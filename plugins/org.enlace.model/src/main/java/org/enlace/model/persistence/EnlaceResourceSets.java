package org.enlace.model.persistence;

import java.net.URISyntaxException;
import java.net.URL;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.enlace.model.EnlacePackage;

/**
 * Resource sets that read Enlace files: every file is XMI, the Enlace package is known, and the
 * bundle's {@code platform:/plugin/org.enlace.model/} URIs (catalogues, the ecore) resolve to the
 * bundle's own resources, inside or outside Eclipse.
 */
public final class EnlaceResourceSets {

    /** Base URI under which the shipped catalogues and the ecore are referenced from model files. */
    public static final URI BUNDLE_URI = URI.createURI("platform:/plugin/org.enlace.model/");

    /** Base URI of the shipped catalogues: every resource below it is read-only reference data. */
    public static final URI CATALOG_URI = URI.createURI(BUNDLE_URI + "catalog/");

    private static final String MARKER = "model/enlace.ecore";

    private EnlaceResourceSets() {
    }

    public static ResourceSet create() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, XmiFormat.resourceFactory());
        resourceSet.getPackageRegistry().put(EnlacePackage.eNS_URI, EnlacePackage.eINSTANCE);
        resourceSet.getURIConverter().getURIMap().put(BUNDLE_URI, bundleLocation());
        return resourceSet;
    }

    /** Where this bundle's resources really are: a folder or a jar. */
    static URI bundleLocation() {
        URL marker = EnlaceResourceSets.class.getResource("/" + MARKER);
        if (marker == null) {
            throw new IllegalStateException("The Enlace model bundle is incomplete: " + MARKER + " is missing");
        }
        try {
            String text = marker.toURI().toString();
            return URI.createURI(text.substring(0, text.length() - MARKER.length()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot locate the Enlace model bundle: " + marker, e);
        }
    }
}
