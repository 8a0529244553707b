package ua.hromada.core.document;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * The document store: uploaded files under the directory the operator configures
 * ({@code hromada.documents.dir}), at most {@code hromada.documents.max-bytes} each as uploaded.
 * Each purpose says which {@link DocumentKind}s it accepts (checked by the file's first bytes, not
 * by the name or content type the browser sent); a photo is kept only as its clean re-encoded
 * copy, so what is stored and served is never the uploaded file itself.
 */
@Stateless
public class Documents {
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(Documents.class.getName());

    @PersistenceContext
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transaction;

    @Inject
    Clock clock;

    /**
     * Beans of tools, inside the transaction of the step the document belongs to (the caller has
     * checked who may upload): stores a PDF for the current community and returns its record.
     */
    public StoredDocument store(String fileName, InputStream content) {
        return store(fileName, content, EnumSet.of(DocumentKind.PDF));
    }

    /**
     * Beans of tools, as {@link #store(String, InputStream)}: stores a file of one of the
     * {@code accepted} kinds (refused with {@code document.not-…} otherwise); a photo is kept as
     * its clean JPEG ({@code document.photo.unreadable}, {@code document.photo.too-many-pixels}).
     */
    public StoredDocument store(String fileName, InputStream content, Set<DocumentKind> accepted) {
        long community = CurrentCommunity.id();
        Path folder = root().resolve(String.valueOf(community));
        Path upload = null;
        Path kept = null;
        try {
            Files.createDirectories(folder);
            upload = Files.createTempFile(folder, "upload-", ".part");
            try (InputStream in = new LimitedStream(content, maxBytes())) {
                Files.copy(in, upload, StandardCopyOption.REPLACE_EXISTING);
            }
            DocumentKind kind = DocumentKind.of(head(upload));
            if (kind == null || !accepted.contains(kind)) {
                throw new InvalidInputException(DocumentKind.refusalKey(accepted));
            }
            if (kind == DocumentKind.PHOTO) {
                kept = Files.createTempFile(folder, "photo-", ".part");
                PhotoCopy.write(upload, kept);
            } else {
                kept = upload;
            }
            String key = community + "/" + UUID.randomUUID() + kind.extension();
            Files.move(kept, root().resolve(key), StandardCopyOption.ATOMIC_MOVE);
            // a step refused after this one (a later attachment, say) rolls the record back: its file goes too
            deleteWhenEnded(false, List.of(root().resolve(key)));
            StoredDocument document = new StoredDocument(name(fileName, kind), kind.contentType(), Files.size(root().resolve(key)),
                    sha256(root().resolve(key)), key, clock.instant(), Acting.current().name());
            em.persist(document);
            return document;
        } catch (IOException e) {
            throw new UncheckedIOException("the document store at " + root() + " cannot be written", e);
        } finally {
            deleteQuietly(upload);
            deleteQuietly(kept);
        }
    }

    /**
     * Beans of tools, in the transaction that drops what a document belonged to (a draft's photo
     * taken off, an account's drafts deleted): its record goes now, its file once that commits.
     * For what never was public; what was published stays, as every stored document does.
     */
    public void discard(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        List<Path> files = em.createNativeQuery("select storage_key from stored_document where id in (?1)").setParameter(1, ids)
                .getResultList().stream().map(k -> root().resolve((String) k)).toList();
        em.createNativeQuery("delete from stored_document where id in (?1)").setParameter(1, ids).executeUpdate();
        deleteWhenEnded(true, files);
    }

    /** Deletes {@code files} once the current transaction has ended committed ({@code committed}) or not. */
    private void deleteWhenEnded(boolean committed, List<Path> files) {
        transaction.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    files.forEach(Documents::deleteQuietly);
                }
            }
        });
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

    /** The largest upload the store takes, in bytes. */
    public static long maxBytes() {
        return Long.getLong("hromada.documents.max-bytes", DEFAULT_MAX_BYTES);
    }

    /** The name the browser sent, without folders or control characters, ending as the kept file does. */
    private static String name(String fileName, DocumentKind kind) {
        String name = fileName == null || fileName.isBlank() ? "document" + kind.extension()
                : Path.of(fileName).getFileName().toString().replaceAll("[\\p{Cntrl}\"]", "_");
        if (kind == DocumentKind.PHOTO) {
            int dot = name.lastIndexOf('.');
            name = (dot > 0 ? name.substring(0, dot) : name) + kind.extension();
        }
        return name.length() <= StoredDocument.NAME_MAX ? name : name.substring(name.length() - StoredDocument.NAME_MAX);
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(DocumentKind.HEAD);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "a file of the document store was not deleted: " + file, e);
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
