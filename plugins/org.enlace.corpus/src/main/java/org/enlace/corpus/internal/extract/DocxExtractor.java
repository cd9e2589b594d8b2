package org.enlace.corpus.internal.extract;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.enlace.corpus.extract.Cancellation;
import org.enlace.corpus.extract.DocumentExtractor;
import org.enlace.corpus.extract.ExtractedDocument;
import org.enlace.corpus.extract.ExtractionException;
import org.enlace.corpus.extract.ExtractionFailure;
import org.enlace.corpus.extract.ExtractionLimits;

/** Word (.docx) through Apache POI XWPF, guarded against zip bombs and encrypted files. */
public final class DocxExtractor implements DocumentExtractor {

    /** POI's zip limits are global settings: files are opened one at a time so each gets its own. */
    private static final Object ZIP_LIMITS = new Object();
    /** POI's default: an entry that inflates more than 100 times is a bomb, not a document. */
    private static final double MIN_INFLATE_RATIO = 0.01;
    /** ZipSecureFile accepts entry limits up to 4 GB. */
    private static final long MAX_ENTRY_LIMIT = 0xFFFFFFFFL;

    @Override
    public ExtractedDocument extract(Path file, ExtractionLimits limits, Cancellation cancellation)
            throws ExtractionException {
        LibraryLogging.quiet();
        refuseOle2(file.toFile());
        checkDeclaredSize(file.toFile(), limits.maxArchiveBytes());
        synchronized (ZIP_LIMITS) {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(Math.min(limits.maxArchiveBytes(), MAX_ENTRY_LIMIT));
            OPCPackage zip = null;
            try {
                zip = OPCPackage.open(file.toFile(), PackageAccess.READ);
                return new DocxBody(new XWPFDocument(zip), cancellation).extract(limits.maxTextChars());
            } catch (ExtractionException e) {
                throw e;
            } catch (Exception e) {
                throw classify(e, limits);
            } finally {
                if (zip != null) {
                    zip.revert();
                }
            }
        }
    }

    /**
     * An encrypted .docx is not a ZIP but an OLE2 container holding the encrypted package; an OLE2
     * file without one is an old binary .doc under a new name.
     */
    private static void refuseOle2(File file) throws ExtractionException {
        try {
            if (FileMagic.valueOf(file) != FileMagic.OLE2) {
                return;
            }
            try (POIFSFileSystem ole2 = new POIFSFileSystem(file, true)) {
                if (ole2.getRoot().hasEntryCaseInsensitive("EncryptedPackage")) {
                    throw new ExtractionException(ExtractionFailure.ENCRYPTED, "password-protected Word document");
                }
            }
            throw new ExtractionException(ExtractionFailure.UNSUPPORTED_FORMAT,
                    "a Word 97-2003 (.doc) file; save it as .docx");
        } catch (IOException | RuntimeException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, Failures.shortDetail(e), e);
        }
    }

    /** Refuses an archive whose parts declare more bytes than allowed before anything is inflated. */
    private static void checkDeclaredSize(File file, long maxArchiveBytes) throws ExtractionException {
        long total = 0;
        try (ZipFile zip = new ZipFile(file)) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                total += Math.max(0, entries.nextElement().getSize());
            }
        } catch (IOException e) {
            throw new ExtractionException(ExtractionFailure.CORRUPT, "not a ZIP archive: " + Failures.shortDetail(e), e);
        }
        if (total > maxArchiveBytes) {
            throw new ExtractionException(ExtractionFailure.TOO_LARGE,
                    "expands to " + total + " bytes, more than " + maxArchiveBytes);
        }
    }

    /** POI reports a part that inflates too far (declared sizes can lie) as a "zip bomb", often wrapped. */
    private static ExtractionException classify(Exception e, ExtractionLimits limits) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("zip bomb") || message.contains("max entry size")) {
                return new ExtractionException(ExtractionFailure.TOO_LARGE,
                        "a part expands past " + limits.maxArchiveBytes() + " bytes or inflates suspiciously", e);
            }
        }
        return new ExtractionException(ExtractionFailure.CORRUPT, Failures.shortDetail(e), e);
    }
}
