package ua.hromada.core.document;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * The document store: uploaded PDFs under the directory the operator configures
 * ({@code hromada.documents.dir}), at most {@code hromada.documents.max-bytes} each. Only PDF is
 * accepted (checked by its first bytes, not by the name the browser sent).
 */
@Stateless
public class Documents {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Beans of tools, inside the transaction of the step the document belongs to (the caller has
     * checked who may upload): stores it for the current community and returns its record.
     */
    public StoredDocument store(String fileName, InputStream content) {
        long community = CurrentCommunity.id();
        String name = fileName == null || fileName.isBlank() ? "document.pdf"
                : Path.of(fileName).getFileName().toString().replaceAll("[\\p{Cntrl}\"]", "_");
        name = name.length() <= StoredDocument.NAME_MAX ? name : name.substring(name.length() - StoredDocument.NAME_MAX);
        String key = community + "/" + UUID.randomUUID() + ".pdf";
        Path target = root().resolve(key);
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(new LimitedStream(content, maxBytes()), sha)) {
                size = Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            if (!isPdf(partial)) {
                Files.deleteIfExists(partial);
                throw new InvalidInputException("document.not-pdf");
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
            StoredDocument document = new StoredDocument(name, "application/pdf", size, HexFormat.of().formatHex(sha.digest()),
                    key, clock.instant(), Acting.current().name());
            em.persist(document);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("the document store at " + root() + " cannot be written", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Anyone (documents are attached to public responses): a document of the current community. */
    public StoredDocument find(long id) {
        return em.createQuery("select d from StoredDocument d where d.id = :id", StoredDocument.class).setParameter("id", id)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("document.not-found", id));
    }

    /** The bytes of a document found by {@link #find}. */
    public InputStream open(StoredDocument document) throws IOException {
        return Files.newInputStream(root().resolve(document.storageKey()));
    }

    static Path root() {
        String configured = System.getProperty("hromada.documents.dir", "");
        if (!configured.isBlank() && !"none".equals(configured)) {
            return Path.of(configured);
        }
        return Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "hromada-documents");
    }

    static long maxBytes() {
        return Long.getLong("hromada.documents.max-bytes", DEFAULT_MAX_BYTES);
    }

    private static boolean isPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(PDF_MAGIC.length);
            return java.util.Arrays.equals(head, PDF_MAGIC);
        }
    }

    /** Refuses, with a clear error, to read more than the store accepts. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private final long max;
        private long read;

        LimitedStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > max) {
                throw new InvalidInputException("document.too-large", max / (1024 * 1024));
            }
        }
    }
}
