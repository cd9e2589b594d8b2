package org.enlace.model.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.enlace.model.Action;
import org.enlace.model.CatalogEntry;
import org.enlace.model.GcmObjective;
import org.enlace.model.LineOfAction;
import org.enlace.model.MigrationRelevance;
import org.enlace.model.SdgCatalog;
import org.enlace.model.SdgGoal;
import org.enlace.model.SdgIndicator;
import org.enlace.model.SdgTarget;

/** Read-only look-ups over the catalogues of one resource set: by code (aliases too) and by words. */
public final class CatalogQuery {

    private final ResourceSet resourceSet;
    private Map<String, CatalogEntry> sdgByCode;

    public CatalogQuery(ResourceSet resourceSet) {
        this.resourceSet = resourceSet;
    }

    /** An SDG goal, target or indicator by code; repeated indicators answer to each of their codes. */
    public Optional<CatalogEntry> sdg(String code) {
        return Optional.ofNullable(sdgIndex().get(code.trim()));
    }

    public Optional<SdgTarget> sdgTarget(String code) {
        return sdg(code).filter(SdgTarget.class::isInstance).map(SdgTarget.class::cast);
    }

    public Optional<SdgIndicator> sdgIndicator(String code) {
        return sdg(code).filter(SdgIndicator.class::isInstance).map(SdgIndicator.class::cast);
    }

    public Optional<GcmObjective> gcmObjective(String number) {
        return Catalogs.gcm(resourceSet).getObjectives().stream()
                .filter(o -> o.getId().equals(number.trim())).findFirst();
    }

    public Optional<Action> action(String code) {
        return Catalogs.actions(resourceSet).getLines().stream()
                .flatMap(line -> line.getActions().stream())
                .filter(a -> a.getId().equals(code.trim())).findFirst();
    }

    public List<SdgGoal> sdgGoals() {
        return Catalogs.sdg(resourceSet).getGoals();
    }

    public List<SdgIndicator> sdgIndicators() {
        return Catalogs.sdg(resourceSet).getIndicators();
    }

    public List<SdgTarget> sdgTargets() {
        List<SdgTarget> targets = new ArrayList<>();
        sdgGoals().forEach(goal -> targets.addAll(goal.getTargets()));
        return targets;
    }

    public List<SdgTarget> migrationRelevantTargets() {
        return sdgTargets().stream()
                .filter(t -> t.getMigrationRelevance() != MigrationRelevance.NONE).toList();
    }

    public List<GcmObjective> gcmObjectives() {
        return Catalogs.gcm(resourceSet).getObjectives();
    }

    public List<LineOfAction> linesOfAction() {
        return Catalogs.actions(resourceSet).getLines();
    }

    /**
     * Whether every typed word begins the entry's code or a word of one of its titles (any
     * language), ignoring case and accents: {@code migracion} and {@code MIGR} find "migración". The
     * same matching as {@link CatalogSearchQuery}'s, as a yes or no.
     */
    public static boolean matches(CatalogEntry entry, String words) {
        return EntryWords.of(entry).matchesAll(SearchText.typedWords(words));
    }

    private Map<String, CatalogEntry> sdgIndex() {
        if (sdgByCode == null) {
            SdgCatalog catalog = Catalogs.sdg(resourceSet);
            Map<String, CatalogEntry> index = new LinkedHashMap<>();
            for (SdgGoal goal : catalog.getGoals()) {
                index.put(goal.getId(), goal);
                goal.getTargets().forEach(target -> index.put(target.getId(), target));
            }
            for (SdgIndicator indicator : catalog.getIndicators()) {
                index.put(indicator.getId(), indicator);
                indicator.getAliases().forEach(alias -> index.put(alias, indicator));
            }
            sdgByCode = index;
        }
        return sdgByCode;
    }
}
