package ua.hromada.budget.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Locale;
import ua.hromada.budget.ProjectPhoto;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.document.Documents;
import ua.hromada.core.web.Messages;

/**
 * One photo form's fields as a view bean keeps them: the chosen file, its caption (the text
 * alternative) and, for photos of the work, the day it was photographed; sent through one bean
 * call, after which the form is empty again (a refusal keeps the caption and the day).
 */
public final class PhotoUpload implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The bean call that stores the photo. */
    @FunctionalInterface
    interface Store {
        void store(String fileName, InputStream content, String caption, LocalDate takenOn);
    }

    private final int most;
    private transient Part file;
    private String caption;
    private LocalDate takenOn;

    /** The form of photos of {@code kind}. */
    PhotoUpload(ProjectPhoto.Kind kind) {
        this.most = kind.most();
    }

    /** How many photos of its kind a project may have, for the form's hint. */
    public int getMost() {
        return most;
    }

    /** Sends the chosen file to {@code store}; true when it was stored (said on the page), false when refused (said why). */
    boolean send(Locale locale, Store store) throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.show(new InvalidInputException("budget.photo.required"), locale);
            return false;
        }
        boolean stored;
        try (InputStream in = file.getInputStream()) {
            stored = Messages.attempt(locale, "budget.photo.added", () -> store.store(file.getSubmittedFileName(), in, caption, takenOn));
        }
        file = null;
        if (stored) {
            caption = null;
            takenOn = null;
        }
        return stored;
    }

    /** The largest upload the store takes, in whole megabytes, for the form's hint. */
    public long getMaxMegabytes() {
        return Documents.maxBytes() / (1024 * 1024);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getCaption() {
        return caption;
    }

    public void setCaption(String caption) {
        this.caption = caption;
    }

    public LocalDate getTakenOn() {
        return takenOn;
    }

    public void setTakenOn(LocalDate takenOn) {
        this.takenOn = takenOn;
    }
}
