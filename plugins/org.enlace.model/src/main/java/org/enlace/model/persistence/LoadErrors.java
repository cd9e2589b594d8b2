package org.enlace.model.persistence;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.xml.sax.SAXParseException;

/** Turns what EMF and the XML parser report into one {@link ModelLoadException} for people. */
final class LoadErrors {

    private LoadErrors() {
    }

    static ModelLoadException translate(Path file, String text, Throwable thrown, List<Resource.Diagnostic> errors,
            ModelVersions versions) {
        Object first = errors.isEmpty() ? rootCause(thrown) : errors.get(0);
        String more = errors.size() > 1 ? " (+" + (errors.size() - 1) + ")" : "";
        SAXParseException sax = findSax(thrown, first);
        if (sax != null) {
            return fromSax(file, text, sax);
        }
        int line = first instanceof Resource.Diagnostic d ? d.getLine() : 0;
        int column = first instanceof Resource.Diagnostic d ? d.getColumn() : 0;
        if (first instanceof PackageNotFoundException notFound) {
            Optional<Integer> version = ModelVersions.versionOfNamespace(notFound.uri());
            if (version.isPresent() && version.get() > versions.current()) {
                return new ModelLoadException(file, line, column, LoadProblem.NEWER_VERSION,
                        version.get().toString());
            }
            return new ModelLoadException(file, line, column, LoadProblem.UNKNOWN_NAMESPACE, notFound.uri());
        }
        if (first instanceof FeatureNotFoundException feature) {
            return new ModelLoadException(file, line, column, LoadProblem.UNKNOWN_FEATURE, feature.getName() + more);
        }
        if (first instanceof UnresolvedReferenceException unresolved) {
            return new ModelLoadException(file, line, column, LoadProblem.MISSING_OBJECT,
                    unresolved.getReference() + more);
        }
        if (first instanceof IllegalValueException || first instanceof ClassNotFoundException) {
            return new ModelLoadException(file, line, column, LoadProblem.BAD_VALUE, messageOf(first) + more);
        }
        return new ModelLoadException(file, line, column, LoadProblem.MALFORMED, messageOf(first) + more);
    }

    /** Classifies by the file's content, not by the parser's message, which is in the user's language. */
    private static ModelLoadException fromSax(Path file, String text, SAXParseException sax) {
        LoadProblem problem;
        if (text.contains("<!DOCTYPE")) {
            problem = LoadProblem.DOCTYPE;
        } else if (sax.getLineNumber() >= lastLine(text)) {
            problem = LoadProblem.TRUNCATED;
        } else {
            problem = LoadProblem.MALFORMED;
        }
        return new ModelLoadException(file, sax.getLineNumber(), sax.getColumnNumber(), problem,
                String.valueOf(sax.getMessage()));
    }

    /** The number of the last line that holds anything. */
    private static int lastLine(String text) {
        return (int) text.stripTrailing().lines().count();
    }

    /** The parser's own error, found in the first recorded error's causes or else in what was thrown. */
    private static SAXParseException findSax(Throwable thrown, Object first) {
        SAXParseException sax = first instanceof Throwable recorded ? saxIn(recorded) : null;
        return sax != null ? sax : saxIn(thrown);
    }

    private static SAXParseException saxIn(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SAXParseException sax) {
                return sax;
            }
        }
        return null;
    }

    private static Throwable rootCause(Throwable thrown) {
        Throwable t = thrown;
        while (t.getCause() != null && t.getCause() != t && !(t instanceof Resource.Diagnostic)) {
            t = t.getCause();
        }
        return t;
    }

    private static String messageOf(Object error) {
        if (error instanceof Resource.Diagnostic d) {
            return d.getMessage();
        }
        return error instanceof Throwable t ? String.valueOf(t.getMessage()) : String.valueOf(error);
    }
}
