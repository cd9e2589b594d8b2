package org.enlace.model.persistence;

import org.enlace.model.PlanningModel;

/**
 * Brings a model loaded from an older file one version forward. Registered with
 * {@link ModelVersions}; every change of the metamodel that old files cannot simply be read into
 * comes with one.
 */
public interface ModelMigration {

    /** The file version this migration reads; it produces {@code fromVersion() + 1}. */
    int fromVersion();

    void migrate(PlanningModel model);
}
