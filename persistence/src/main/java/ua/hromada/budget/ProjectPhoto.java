package ua.hromada.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/**
 * A photo of a project in core's document store: one of its author's (the proposal's) or one of
 * the moderators' of its implementation (the work, with the day it was photographed). The caption
 * is the image's text alternative for screen readers; without one the page reads the title.
 */
@Entity
@Table(name = "budget_photo")
@NamedQuery(name = ProjectPhoto.OF_PROJECT, query = "select f from ProjectPhoto f where f.projectId = :project and f.kind = :kind"
        + " order by f.id")
public class ProjectPhoto {
    public static final String OF_PROJECT = "ProjectPhoto.ofProject";
    public static final int CAPTION_MAX = 300;

    /** Whose photo it is: the author's of the proposal, or the moderators' of the implementation. */
    public enum Kind {
        PROPOSAL(5), WORK(30);

        private final int most;

        Kind(int most) {
            this.most = most;
        }

        /** How many one project may have. */
        public int most() {
            return most;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private long documentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 16)
    private Kind kind;

    @Column(length = CAPTION_MAX)
    private String caption;

    @Column(name = "taken_on")
    private LocalDate takenOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ProjectPhoto() {
    }

    /** A photo of {@code kind}; a caption over {@value #CAPTION_MAX} characters, or a day the work was photographed after today, is refused. */
    public ProjectPhoto(long projectId, long documentId, Kind kind, String caption, LocalDate takenOn, LocalDate today, Instant now) {
        check(caption, takenOn, today);
        String c = caption == null ? "" : caption.strip();
        this.projectId = projectId;
        this.documentId = documentId;
        this.kind = kind;
        this.caption = c.isEmpty() ? null : c;
        this.takenOn = kind == Kind.WORK ? takenOn : null;
        this.createdAt = now;
    }

    /** The constructor's checks, for the bean to make before the photo is stored (so a refused one stores no file). */
    public static void check(String caption, LocalDate takenOn, LocalDate today) {
        if (caption != null && caption.strip().length() > CAPTION_MAX) {
            throw new InvalidInputException("budget.photo.caption.length", CAPTION_MAX);
        }
        if (takenOn != null && takenOn.isAfter(today)) {
            throw new InvalidInputException("budget.photo.taken.future");
        }
    }

    public Long id() {
        return id;
    }

    public long projectId() {
        return projectId;
    }

    public long documentId() {
        return documentId;
    }

    public Kind kind() {
        return kind;
    }

    /** The caption typed, or null for none (the page then reads the project's title). */
    public String caption() {
        return caption;
    }

    public LocalDate takenOn() {
        return takenOn;
    }

    /** The photo's text alternative: its caption, or {@code title} for none. */
    public String alt(String title) {
        return caption == null ? title : caption;
    }
}
