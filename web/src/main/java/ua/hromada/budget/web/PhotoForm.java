package ua.hromada.budget.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import ua.hromada.budget.ProjectPhoto;
import ua.hromada.budget.ProjectPhotos;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.document.Documents;
import ua.hromada.core.web.Messages;

/**
 * A project's photos of one kind as a view bean keeps them for the page changing them: the photos,
 * and the form adding one (the chosen file, its caption, which is the text alternative, and for
 * photos of the work the day it was photographed); after a photo is stored the form is empty
 * again (a refusal keeps the caption and the day). Each step is one call of {@link ProjectPhotos}.
 */
public final class PhotoForm implements Serializable {
    private static final long serialVersionUID = 1L;

    private final ProjectPhoto.Kind kind;
    private List<ProjectPhoto> photos = List.of();
    private transient Part file;
    private String caption;
    private LocalDate takenOn;

    /** The form of the photos of {@code kind}. */
    PhotoForm(ProjectPhoto.Kind kind) {
        this.kind = kind;
    }

    /** Reads the project's photos of this kind again. */
    void read(ProjectPhotos store, long projectId) {
        photos = store.of(projectId, kind);
    }

    /** Stores the chosen file as the project's photo, said on the page (or why it was refused). */
    void add(Locale locale, ProjectPhotos store, long projectId) throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.show(new InvalidInputException("budget.photo.required"), locale);
            return;
        }
        boolean stored;
        try (InputStream in = file.getInputStream()) {
            String name = file.getSubmittedFileName();
            stored = Messages.attempt(locale, "budget.photo.added", () -> {
                if (kind == ProjectPhoto.Kind.WORK) {
                    store.addWork(projectId, name, in, caption, takenOn);
                } else {
                    store.add(projectId, name, in, caption);
                }
            });
        }
        file = null;
        if (stored) {
            caption = null;
            takenOn = null;
            read(store, projectId);
        }
    }

    /** Takes the photo off, said on the page (or why not). */
    void remove(Locale locale, ProjectPhotos store, long projectId, long photoId) {
        if (Messages.attempt(locale, "budget.photo.removed", () -> store.remove(projectId, photoId))) {
            read(store, projectId);
        }
    }

    public List<ProjectPhoto> getPhotos() {
        return photos;
    }

    /** How many photos of its kind a project may have, for the form's hint. */
    public int getMost() {
        return kind.most();
    }

    /** Whether the form asks the day the photo was taken (photos of the work). */
    public boolean isDated() {
        return kind == ProjectPhoto.Kind.WORK;
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
