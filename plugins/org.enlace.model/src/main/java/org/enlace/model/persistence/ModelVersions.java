package org.enlace.model.persistence;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.enlace.model.PlanningModel;

/**
 * The model version written into every file, and the migrations that bring older files forward.
 * Version 1 is the first released format, so there is no migration yet.
 */
public final class ModelVersions {

    /** The version this build writes. */
    public static final int CURRENT = 1;

    private static final Pattern ENLACE_NS = Pattern.compile("urn:enlace:model:(\\d+)");

    private final int current;
    private final Map<Integer, ModelMigration> migrations = new TreeMap<>();

    public ModelVersions(int current, List<ModelMigration> migrations) {
        this.current = current;
        for (ModelMigration migration : migrations) {
            if (this.migrations.put(migration.fromVersion(), migration) != null) {
                throw new IllegalArgumentException("Two migrations from version " + migration.fromVersion());
            }
        }
    }

    /** The versions of this build: {@link #CURRENT}, no migrations. */
    public static ModelVersions standard() {
        return new ModelVersions(CURRENT, List.of());
    }

    public int current() {
        return current;
    }

    /** The model version encoded in an Enlace namespace URI ({@code urn:enlace:model:2} → 2). */
    public static Optional<Integer> versionOfNamespace(String nsUri) {
        Matcher matcher = ENLACE_NS.matcher(nsUri == null ? "" : nsUri);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    public boolean canUpgrade(int version) {
        if (version < 1 || version > current) {
            return false;
        }
        for (int v = version; v < current; v++) {
            if (!migrations.containsKey(v)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Applies the migrations from the model's version to the current one.
     *
     * @return whether anything was migrated (the model then needs saving)
     */
    public boolean upgrade(PlanningModel model) {
        int version = model.getModelVersion();
        if (!canUpgrade(version)) {
            throw new IllegalArgumentException("No way from model version " + version + " to " + current);
        }
        for (int v = version; v < current; v++) {
            migrations.get(v).migrate(model);
            model.setModelVersion(v + 1);
        }
        return version < current;
    }
}
