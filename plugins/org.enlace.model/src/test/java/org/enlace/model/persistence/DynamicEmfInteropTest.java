package org.enlace.model.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.impl.DynamicEObjectImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.enlace.model.TestModels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Enlace files are plain XMI of the published ecore: a tool that knows nothing of the generated
 * classes reads them, and their catalogue references, with dynamic EMF alone.
 */
class DynamicEmfInteropTest {

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void saveEveryClass() throws Exception {
        file = dir.resolve("m.enlace");
        new ModelStore().save(TestModels.everyClass(file), file);
    }

    @Test
    void aSavedModelLoadsAsDynamicObjectsOfThePublishedEcore() {
        ResourceSet resourceSet = dynamicResourceSet();
        EPackage enlace = registerEcore(resourceSet);

        EObject root = load(resourceSet);

        assertInstanceOf(DynamicEObjectImpl.class, root);
        assertEquals("PlanningModel", root.eClass().getName());
        assertSame(enlace, root.eClass().getEPackage(), "the loaded ecore, not the generated package");
        assertEquals("m", get(root, "id"));
        assertEquals(1, get(root, "modelVersion"));
        assertEquals("CRI", get(root, "country"));
        assertEquals("Plan Nacional de Desarrollo e Inversión Pública — migración", get(root, "title"));
        assertEquals(3, list(root, "plans").size());
        assertEquals(2, list(root, "links").size());
        assertEquals(List.of("NationalDevelopmentPlan", "SectoralPlan", "SubnationalPlan"),
                list(root, "plans").stream().map(p -> p.eClass().getName()).toList());
        EObject passage = list(list(root, "documents").get(0), "passages").get(0);
        assertEquals("Población migrante con acceso a servicios de empleo «formal» & protección",
                get(passage, "quote"));
    }

    @Test
    void referencesInsideTheFileResolveByIdAndCatalogueEntriesAreProxiesToTheBundle() {
        ResourceSet resourceSet = dynamicResourceSet();
        registerEcore(resourceSet);
        EObject root = load(resourceSet);

        EObject measured = list(root, "links").get(1);
        assertEquals("l-2", get(measured, "id"));
        EObject source = (EObject) measured.eGet(feature(measured, "source"));
        assertEquals("Target", source.eClass().getName());
        assertEquals("target", get(source, "id"));

        EObject entryPoint = list(root, "entryPoints").get(0);
        @SuppressWarnings("unchecked")
        InternalEList<EObject> sdgTargets = (InternalEList<EObject>) entryPoint.eGet(feature(entryPoint, "sdgTargets"));
        assertEquals(2, sdgTargets.size());
        EObject proxy = sdgTargets.basicGet(0);
        assertTrue(proxy.eIsProxy());
        assertEquals("SdgTarget", proxy.eClass().getName());
        URI proxyUri = EcoreUtil.getURI(proxy);
        assertTrue(proxyUri.toString().endsWith("catalog/sdg.xmi#17.18"), proxyUri.toString());
        assertEquals("platform:/plugin/org.enlace.model/catalog/sdg.xmi#17.18", proxyUri.toString());
        assertEquals(List.of("enlace.ecore", "m.enlace"),
                resourceSet.getResources().stream().map(r -> r.getURI().lastSegment()).toList(),
                "no catalogue is loaded yet");
    }

    @Test
    void withTheBundleMappedCatalogueProxiesResolveToDynamicCatalogueObjects() {
        ResourceSet resourceSet = dynamicResourceSet();
        EPackage enlace = registerEcore(resourceSet);
        URI moduleDir = URI.createFileURI(Path.of("").toAbsolutePath().toString() + "/");
        resourceSet.getURIConverter().getURIMap().put(URI.createURI("platform:/plugin/org.enlace.model/"), moduleDir);
        EObject root = load(resourceSet);

        EObject entryPoint = list(root, "entryPoints").get(0);
        EObject target = list(entryPoint, "sdgTargets").get(0);

        assertFalse(target.eIsProxy());
        assertInstanceOf(DynamicEObjectImpl.class, target);
        assertSame(enlace, target.eClass().getEPackage());
        assertEquals("SdgTarget", target.eClass().getName());
        assertEquals("17.18", get(target, "id"));
        assertEquals("17", get(target.eContainer(), "id"));
        Resource catalogue = target.eResource();
        assertEquals("platform:/plugin/org.enlace.model/catalog/sdg.xmi", catalogue.getURI().toString());
        assertEquals("SdgCatalog", catalogue.getContents().get(0).eClass().getName());
        assertEquals(17, list(catalogue.getContents().get(0), "goals").size());
        assertNotSame(root.eResource(), catalogue);

        EObject aligns = list(root, "links").get(0);
        EObject sdg10_7 = (EObject) aligns.eGet(feature(aligns, "target"));
        assertEquals("10.7", get(sdg10_7, "id"));
        assertSame(catalogue, sdg10_7.eResource(), "one catalogue resource for every reference into it");

        EcoreUtil.resolveAll(root.eResource());
        assertTrue(EcoreUtil.UnresolvedProxyCrossReferencer.find(root.eResource()).isEmpty(),
                "every catalogue reference of the model resolves");
        assertEquals(List.of("platform:/plugin/org.enlace.model/catalog/sdg.xmi",
                "platform:/plugin/org.enlace.model/catalog/gcm.xmi",
                "platform:/plugin/org.enlace.model/catalog/actions.xmi"),
                resourceSet.getResources().stream().skip(2).map(r -> r.getURI().toString()).toList());
    }

    /** A resource set that knows nothing of Enlace: XMI for everything, Ecore for .ecore. */
    private static ResourceSet dynamicResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap()
                .put(Resource.Factory.Registry.DEFAULT_EXTENSION, new XMIResourceFactoryImpl());
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        return resourceSet;
    }

    private static EPackage registerEcore(ResourceSet resourceSet) {
        URI ecoreUri = URI.createFileURI(Path.of("model/enlace.ecore").toAbsolutePath().toString());
        Resource ecore = resourceSet.getResource(ecoreUri, true);
        EPackage enlace = (EPackage) ecore.getContents().get(0);
        assertEquals("urn:enlace:model:1", enlace.getNsURI());
        resourceSet.getPackageRegistry().put(enlace.getNsURI(), enlace);
        return enlace;
    }

    private EObject load(ResourceSet resourceSet) {
        Resource resource = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
        assertTrue(resource.getErrors().isEmpty(), resource.getErrors().toString());
        assertEquals(1, resource.getContents().size());
        return resource.getContents().get(0);
    }

    private static EStructuralFeature feature(EObject object, String name) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature(name);
        if (feature == null) {
            throw new AssertionError(object.eClass().getName() + " has no feature " + name);
        }
        return feature;
    }

    private static Object get(EObject object, String name) {
        return object.eGet(feature(object, name));
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> list(EObject object, String name) {
        return (List<EObject>) object.eGet(feature(object, name));
    }
}
