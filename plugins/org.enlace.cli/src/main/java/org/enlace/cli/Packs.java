package org.enlace.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.enlace.corpus.detect.MigrationScorer;
import org.enlace.corpus.detect.PackException;
import org.enlace.corpus.detect.QueryPack;
import org.enlace.corpus.detect.TargetTitles;
import org.enlace.model.catalog.CatalogQuery;
import org.enlace.model.persistence.EnlaceResourceSets;

/** The migration query pack a command uses: the built-in one, the corpus's own packs, then those named with --pack. */
final class Packs {

    private Packs() {
    }

    /** The migration scorer with that pack and the catalogue's target titles. */
    static MigrationScorer scorer(Path corpusRoot, List<Path> files) throws IOException, PackException {
        return new MigrationScorer(load(corpusRoot, files),
                new TargetTitles(new CatalogQuery(EnlaceResourceSets.create())));
    }

    static QueryPack load(Path corpusRoot, List<Path> files) throws IOException, PackException {
        QueryPack pack = QueryPack.builtIn();
        if (corpusRoot != null) {
            for (QueryPack own : QueryPack.readFolder(corpusRoot)) {
                pack = pack.plus(own);
            }
        }
        for (Path file : files) {
            pack = pack.plus(QueryPack.read(file));
        }
        return pack;
    }
}
