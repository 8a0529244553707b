package ua.hromada.core.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import ua.hromada.core.document.Upload;

/**
 * The files a form's file inputs carry, those left empty passed over, opened as {@link Upload}s
 * for the one bean call that stores them and closed after it (try-with-resources).
 */
public final class ChosenFiles implements AutoCloseable {
    private final List<Upload> uploads = new ArrayList<>();

    private ChosenFiles() {
    }

    /** Opens every chosen file of {@code parts} (a null or empty part is an input left empty). */
    public static ChosenFiles open(Part... parts) throws IOException {
        ChosenFiles chosen = new ChosenFiles();
        try {
            for (Part part : parts) {
                if (part != null && part.getSize() > 0) {
                    chosen.uploads.add(new Upload(part.getSubmittedFileName(), part.getInputStream()));
                }
            }
        } catch (IOException e) {
            chosen.close();
            throw e;
        }
        return chosen;
    }

    /** The chosen files in the order of their inputs. */
    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    public boolean isEmpty() {
        return uploads.isEmpty();
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Upload upload : uploads) {
            try {
                upload.content().close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
