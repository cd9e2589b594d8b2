package org.enlace.model.commands;

import java.nio.file.Path;
import java.util.HashMap;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.ReflectiveItemProviderAdapterFactory;
import org.enlace.model.PlanningModel;
import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.catalog.Catalogs;
import org.enlace.model.persistence.EnlaceResourceSets;
import org.enlace.model.persistence.ModelLoadException;
import org.enlace.model.persistence.ModelSaveException;
import org.enlace.model.persistence.ModelStore;

/**
 * One open model: its file, its resource set, and the one command stack every caller (diagram,
 * views, command line) edits it through. Dirty means the stack holds unsaved commands.
 */
public final class ModelSession {

    private final ModelStore store;
    private final PlanningModel model;
    private final AdapterFactoryEditingDomain domain;
    private final BasicCommandStack stack;
    private final CatalogQuery catalogs;
    private Path file;

    private ModelSession(ModelStore store, PlanningModel model, Path file) {
        this.store = store;
        this.model = model;
        this.file = file;
        this.stack = new BasicCommandStack();
        ResourceSet resourceSet = model.eResource().getResourceSet();
        this.domain = new AdapterFactoryEditingDomain(new ReflectiveItemProviderAdapterFactory(), stack, resourceSet) {
            // The shipped catalogues are read-only wherever the bundle lies (a jar, or a folder in development).
            @Override
            public boolean isReadOnly(Resource resource) {
                return Catalogs.isCatalogResource(resource) || super.isReadOnly(resource);
            }
        };
        this.domain.setResourceToReadOnlyMap(new HashMap<>());
        this.catalogs = new CatalogQuery(resourceSet);
    }

    /** Opens a model file; nothing is kept when it cannot be loaded whole. */
    public static ModelSession open(Path file) throws ModelLoadException {
        return open(file, new ModelStore());
    }

    public static ModelSession open(Path file, ModelStore store) throws ModelLoadException {
        return new ModelSession(store, store.load(file), file);
    }

    /** A new, unsaved model that will be saved to {@code file}. */
    public static ModelSession create(Path file, String country, String title, String language) {
        ResourceSet resourceSet = EnlaceResourceSets.create();
        Resource resource = resourceSet.createResource(ModelStore.uriOf(file));
        resource.getContents().add(NewModels.planningModel(country, title, language));
        ModelSession session = new ModelSession(new ModelStore(), (PlanningModel) resource.getContents().get(0), file);
        resource.setModified(true);
        return session;
    }

    public PlanningModel model() {
        return model;
    }

    public Path file() {
        return file;
    }

    public EditingDomain editingDomain() {
        return domain;
    }

    public CommandStack commandStack() {
        return stack;
    }

    public CatalogQuery catalogs() {
        return catalogs;
    }

    /**
     * Runs a command on the stack.
     *
     * @return false, leaving the model untouched, when the command cannot run
     */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        stack.execute(command);
        return true;
    }

    public boolean undo() {
        if (!stack.canUndo()) {
            return false;
        }
        stack.undo();
        return true;
    }

    public boolean redo() {
        if (!stack.canRedo()) {
            return false;
        }
        stack.redo();
        return true;
    }

    /** Unsaved changes: commands since the last save, or a model that is new or was migrated on load. */
    public boolean isDirty() {
        return stack.isSaveNeeded() || model.eResource().isModified();
    }

    public void addListener(CommandStackListener listener) {
        stack.addCommandStackListener(listener);
    }

    public void removeListener(CommandStackListener listener) {
        stack.removeCommandStackListener(listener);
    }

    public void save() throws ModelSaveException {
        saveAs(file);
    }

    public void saveAs(Path target) throws ModelSaveException {
        store.save(model, target);
        file = target;
        stack.saveIsDone();
    }
}
