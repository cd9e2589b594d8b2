package org.enlace.codegen;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command-line entry of the code generation runner.
 * <pre>
 *   GenerateModelCode --write plugins/org.enlace.model   regenerate enlace.genmodel and src-gen
 *   GenerateModelCode --check plugins/org.enlace.model   exit 1 when the committed files are stale
 * </pre>
 * Generation always happens in a scratch copy, so a failed run never leaves half-written sources.
 */
public final class GenerateModelCode {

    private GenerateModelCode() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !(args[0].equals("--write") || args[0].equals("--check"))) {
            System.err.println("usage: GenerateModelCode --write|--check BUNDLE_DIR");
            System.exit(2);
        }
        Path bundle = Path.of(args[1]).toAbsolutePath().normalize();
        Path scratch = generateInScratch(bundle);
        try {
            List<String> differences = GeneratedTree.differences(scratch, bundle);
            if (args[0].equals("--check")) {
                report(differences, System.out);
                System.exit(differences.isEmpty() ? 0 : 1);
            }
            GeneratedTree.replace(scratch, bundle);
            System.out.println(differences.isEmpty()
                    ? "Generated code was already up to date."
                    : "Regenerated " + differences.size() + " file(s) in " + bundle);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Copies the ecore of {@code bundle} to a temporary bundle folder and generates there. */
    static Path generateInScratch(Path bundle) throws IOException {
        Path scratch = Files.createTempDirectory("enlace-codegen");
        Path ecore = scratch.resolve(ModelCodeGenerator.ECORE);
        Files.createDirectories(ecore.getParent());
        Files.copy(bundle.resolve(ModelCodeGenerator.ECORE), ecore, StandardCopyOption.REPLACE_EXISTING);
        new ModelCodeGenerator().generate(scratch);
        return scratch;
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static void report(List<String> differences, PrintStream out) {
        if (differences.isEmpty()) {
            out.println("Generated code is up to date.");
            return;
        }
        out.println("Generated code is stale; run: mvn -pl releng/org.enlace.codegen -Pregenerate compile");
        differences.forEach(d -> out.println("  " + d));
    }
}
