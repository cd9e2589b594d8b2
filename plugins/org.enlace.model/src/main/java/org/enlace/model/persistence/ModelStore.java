package org.enlace.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.enlace.model.PlanningModel;

/**
 * Loads and saves Enlace model files. Loading is all or nothing: a file with any problem raises a
 * {@link ModelLoadException} and leaves nothing behind in the resource set. Saving is atomic and
 * canonical: the same model always gives the same bytes.
 */
public final class ModelStore {

    private final ModelVersions versions;
    private final AtomicFileWriter writer;

    public ModelStore() {
        this(ModelVersions.standard(), new AtomicFileWriter());
    }

    public ModelStore(ModelVersions versions, AtomicFileWriter writer) {
        this.versions = versions;
        this.writer = writer;
    }

    /** Loads {@code file} into a new resource set of its own. */
    public PlanningModel load(Path file) throws ModelLoadException {
        return load(file, EnlaceResourceSets.create());
    }

    public PlanningModel load(Path file, ResourceSet resourceSet) throws ModelLoadException {
        return load(file, read(file), resourceSet);
    }

    private PlanningModel load(Path file, byte[] bytes, ResourceSet resourceSet) throws ModelLoadException {
        Resource resource = resourceSet.createResource(uriOf(file));
        try {
            parse(file, bytes, resource);
            PlanningModel model = rootOf(file, resource);
            checkReferences(file, bytes, resource);
            if (versions.upgrade(model)) {
                resource.setModified(true);
            }
            return model;
        } catch (ModelLoadException | RuntimeException e) {
            resource.unload();
            resourceSet.getResources().remove(resource);
            throw e;
        }
    }

    /** Writes the model's resource to {@code file} atomically, keeping the previous version as a backup. */
    public void save(PlanningModel model, Path file) throws ModelSaveException {
        Resource resource = model.eResource();
        if (resource == null) {
            throw new IllegalArgumentException("The model is not in a resource");
        }
        URI target = uriOf(file);
        if (!target.equals(resource.getURI())) {
            resource.setURI(target);
        }
        try {
            writer.write(file, serialize(resource));
            resource.setModified(false);
        } catch (IOException | RuntimeException e) {
            throw new ModelSaveException(file, e);
        }
    }

    /** The canonical bytes of a resource: what {@link #save} writes. */
    public static byte[] serialize(Resource resource) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            resource.save(out, XmiFormat.saveOptions());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot serialise " + resource.getURI(), e);
        }
        return out.toByteArray();
    }

    /** The canonical bytes of any root object (a catalogue, say) as it would be saved at {@code uri}. */
    public static byte[] serialize(EObject root, URI uri) {
        Resource resource = EnlaceResourceSets.create().createResource(uri);
        resource.getContents().add(root);
        return serialize(resource);
    }

    /** Whether the file on disk is byte for byte what Enlace would write for its model. */
    public boolean isCanonical(Path file) throws ModelLoadException {
        byte[] bytes = read(file);
        return Arrays.equals(bytes, serialize(load(file, bytes, EnlaceResourceSets.create()).eResource()));
    }

    /**
     * Rewrites a file in canonical form when it is not already.
     *
     * @return whether the file was rewritten
     */
    public boolean format(Path file) throws ModelLoadException, ModelSaveException {
        byte[] bytes = read(file);
        PlanningModel model = load(file, bytes, EnlaceResourceSets.create());
        if (Arrays.equals(bytes, serialize(model.eResource()))) {
            return false;
        }
        save(model, file);
        return true;
    }

    public static URI uriOf(Path file) {
        return URI.createFileURI(file.toAbsolutePath().normalize().toString());
    }

    private static byte[] read(Path file) throws ModelLoadException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ModelLoadException(file, 0, 0, LoadProblem.NOT_FOUND, "");
        } catch (IOException e) {
            throw new ModelLoadException(file, 0, 0, LoadProblem.UNREADABLE, String.valueOf(e.getMessage()));
        }
        if (isBlank(bytes)) {
            throw new ModelLoadException(file, 0, 0, LoadProblem.EMPTY, "");
        }
        return bytes;
    }

    /** Only ASCII white space (or nothing): checked on the bytes, without decoding the whole file. */
    private static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private void parse(Path file, byte[] bytes, Resource resource) throws ModelLoadException {
        IOException failure = null;
        try {
            resource.load(new ByteArrayInputStream(bytes), XmiFormat.loadOptions());
        } catch (IOException e) {
            failure = e;
        } catch (RuntimeException e) {
            failure = new IOException(e);
        }
        if (failure != null || !resource.getErrors().isEmpty()) {
            throw LoadErrors.translate(file, new String(bytes, StandardCharsets.UTF_8), failure,
                    List.copyOf(resource.getErrors()), versions);
        }
    }

    private PlanningModel rootOf(Path file, Resource resource) throws ModelLoadException {
        if (resource.getContents().size() != 1
                || !(resource.getContents().get(0) instanceof PlanningModel model)) {
            throw new ModelLoadException(file, 0, 0, LoadProblem.NOT_A_MODEL, "");
        }
        int version = model.getModelVersion();
        if (version > versions.current()) {
            throw new ModelLoadException(file, 0, 0, LoadProblem.NEWER_VERSION, Integer.toString(version));
        }
        if (!versions.canUpgrade(version)) {
            throw new ModelLoadException(file, 0, 0, LoadProblem.BAD_VALUE, "modelVersion=" + version);
        }
        return model;
    }

    /** Resolves every reference and fails on the first one that leads nowhere. */
    private static void checkReferences(Path file, byte[] bytes, Resource resource) throws ModelLoadException {
        EcoreUtil.resolveAll(resource);
        Map<EObject, Collection<EStructuralFeature.Setting>> unresolved =
                EcoreUtil.UnresolvedProxyCrossReferencer.find(resource);
        if (unresolved.isEmpty()) {
            return;
        }
        EObject proxy = unresolved.keySet().iterator().next();
        URI proxyUri = EcoreUtil.getURI(proxy);
        String text = new String(bytes, StandardCharsets.UTF_8);
        int[] position = TextPositions.lineAndColumnOf(text, proxyUri.toString());
        boolean isCatalog = proxyUri.trimFragment().toString().startsWith(EnlaceResourceSets.CATALOG_URI.toString());
        String detail = isCatalog
                ? proxyUri.fragment() + " (" + proxyUri.lastSegment() + ")"
                : proxyUri.toString();
        throw new ModelLoadException(file, position[0], position[1],
                isCatalog ? LoadProblem.MISSING_CATALOG_ENTRY : LoadProblem.MISSING_OBJECT, detail);
    }
}
