package ua.hromada.core.document;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a tool accepts into the document store for one purpose, recognised by the file's first
 * bytes (never its name or the browser's content type): a PDF is kept as it came; a photo (JPEG or
 * PNG) is decoded and kept as a clean JPEG of bounded size (see {@code PhotoCopy}).
 */
public enum DocumentKind {
    PDF("application/pdf", ".pdf"),
    PHOTO("image/jpeg", ".jpg");

    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** How many first bytes {@link #of} needs. */
    static final int HEAD = PNG_MAGIC.length;

    private final String contentType;
    private final String extension;

    DocumentKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** What the store serves it as. */
    public String contentType() {
        return contentType;
    }

    /** The file-name ending of the kept file and of its address ({@code /{community}/documents/{id}.pdf}). */
    public String extension() {
        return extension;
    }

    /** The kind a stored content type is, or null for none the store keeps. */
    public static DocumentKind stored(String contentType) {
        return Arrays.stream(values()).filter(k -> k.contentType.equals(contentType)).findFirst().orElse(null);
    }

    /** The kind the file's first bytes say it is, or null for none the store knows. */
    static DocumentKind of(byte[] head) {
        if (startsWith(head, PDF_MAGIC)) {
            return PDF;
        }
        return startsWith(head, JPEG_MAGIC) || startsWith(head, PNG_MAGIC) ? PHOTO : null;
    }

    /** The refusal of a file that is none of {@code accepted}: {@code document.not-pdf}, {@code document.not-photo}, {@code document.not-pdf-or-photo}. */
    static String refusalKey(Set<DocumentKind> accepted) {
        return "document.not-" + Arrays.stream(values()).filter(accepted::contains).map(k -> k.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("-or-"));
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
