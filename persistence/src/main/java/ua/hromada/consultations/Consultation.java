package ua.hromada.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.identity.SignInStrength;

/**
 * A question a community puts to its people: moderators prepare it as a draft and publish it;
 * people comment from its start to its end; the sweeper closes it at its end, and its final report
 * is due a number of days later (the community's setting then). Its audience and
 * sign-in strength are fixed when it is created, as the community's settings stood then.
 */
@Entity
@Table(name = "consultation")
@NamedQuery(name = Consultation.PUBLIC_PAGE, query = "select c from Consultation c where c.status <> :draft and c.id < :before"
        + " order by c.id desc")
@NamedQuery(name = Consultation.OPEN_COUNT, query = "select count(c) from Consultation c where c.status = :published"
        + " and c.startsAt <= :now and c.endsAt > :now")
public class Consultation {
    public static final String PUBLIC_PAGE = "Consultation.publicPage";
    public static final String OPEN_COUNT = "Consultation.openCount";
    public static final int TITLE_MIN = 5;
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MIN = 20;
    public static final int DESCRIPTION_MAX = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private ConsultationKind kind;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(nullable = false, columnDefinition = "text")
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ConsultationCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsultationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(name = "sign_in", nullable = false, length = 16)
    private SignInStrength signIn;

    @Enumerated(EnumType.STRING)
    @Column(name = "results_shown", nullable = false, length = 16)
    private ResultsShown resultsShown;

    @Column(name = "act_version", nullable = false)
    private int actVersion;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(name = "created_by", nullable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "report_due_at")
    private Instant reportDueAt;

    @Column(name = "report_text", columnDefinition = "text")
    private String reportText;

    @Column(name = "report_by", length = 200)
    private String reportBy;

    @Column(name = "report_published_at")
    private Instant reportPublishedAt;

    protected Consultation() {
    }

    /** A draft of its kind, checked as {@link #edit} checks it. */
    public Consultation(ConsultationKind kind, String title, String description, ConsultationCategory category, Audience audience,
            ResultsShown resultsShown, SignInStrength signIn, Instant startsAt, Instant endsAt, String createdBy, Instant now) {
        if (kind == null) {
            throw new InvalidInputException("consultation.kind.required");
        }
        this.kind = kind;
        this.status = ConsultationStatus.DRAFT;
        this.signIn = signIn == null ? SignInStrength.STRONG : signIn;
        this.createdBy = createdBy;
        this.createdAt = now;
        edit(title, description, category, audience, resultsShown, startsAt, endsAt, now);
    }

    /**
     * A draft's question, its category, its audience, when a poll's results are public (live when
     * not said) and its dates; the end after the start and after now.
     */
    public void edit(String title, String description, ConsultationCategory category, Audience audience, ResultsShown resultsShown,
            Instant startsAt, Instant endsAt, Instant now) {
        if (status != ConsultationStatus.DRAFT) {
            throw new ConflictException("consultation.edit.published", id);
        }
        String t = title == null ? "" : title.strip();
        String d = description == null ? "" : description.strip();
        if (t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
            throw new InvalidInputException("consultation.title.invalid", TITLE_MIN, TITLE_MAX);
        }
        if (d.length() < DESCRIPTION_MIN || d.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("consultation.description.invalid", DESCRIPTION_MIN, DESCRIPTION_MAX, d.length());
        }
        if (category == null) {
            throw new InvalidInputException("consultation.category.required");
        }
        if (audience == null) {
            throw new InvalidInputException("consultation.audience.required");
        }
        if (startsAt == null || endsAt == null) {
            throw new InvalidInputException("consultation.dates.required");
        }
        if (!endsAt.isAfter(startsAt) || !endsAt.isAfter(now)) {
            throw new InvalidInputException("consultation.dates.invalid");
        }
        this.title = t;
        this.description = d;
        this.category = category;
        this.audience = audience;
        this.resultsShown = resultsShown == null ? ResultsShown.LIVE : resultsShown;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.updatedAt = now;
    }

    /** A draft becomes public; its end must still lie ahead. */
    public void publish(Instant now) {
        if (status != ConsultationStatus.DRAFT) {
            throw new ConflictException("consultation.publish.twice", id);
        }
        if (!endsAt.isAfter(now)) {
            throw new InvalidInputException("consultation.dates.invalid");
        }
        status = ConsultationStatus.PUBLISHED;
        actVersion = kind == ConsultationKind.DISCUSSION ? 1 : 0;
        publishedAt = now;
        updatedAt = now;
    }

    /**
     * The sweeper at the end: closes a published consultation, its final report due
     * {@code reportDays} calendar days later; false when there was nothing to close.
     */
    public boolean close(Instant now, int reportDays) {
        if (status != ConsultationStatus.PUBLISHED) {
            return false;
        }
        status = ConsultationStatus.CLOSED;
        closedAt = now;
        reportDueAt = now.plus(Duration.ofDays(reportDays));
        updatedAt = now;
        return true;
    }

    /** Moderators, once it is closed: the final report, what was decided; published once. */
    public void publishReport(String text, String by, Instant now) {
        if (status != ConsultationStatus.CLOSED) {
            throw new ConflictException("consultation.report.not-closed", id);
        }
        if (reportPublishedAt != null) {
            throw new ConflictException("consultation.report.twice", id);
        }
        String t = text == null ? "" : text.strip();
        if (t.length() < DESCRIPTION_MIN || t.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("consultation.report.length", DESCRIPTION_MIN, DESCRIPTION_MAX, t.length());
        }
        reportText = t;
        reportBy = by;
        reportPublishedAt = now;
        updatedAt = now;
    }

    /** Whether the final report should have been published by {@code now} and is not. */
    public boolean isReportOverdue(Instant now) {
        return reportDueAt != null && reportPublishedAt == null && !now.isBefore(reportDueAt);
    }

    /** What the consultation is at {@code now}: past its end it is closed even before the sweeper runs. */
    public ConsultationPhase phase(Instant now) {
        if (status == ConsultationStatus.DRAFT) {
            return ConsultationPhase.DRAFT;
        }
        if (status == ConsultationStatus.CLOSED || !now.isBefore(endsAt)) {
            return ConsultationPhase.CLOSED;
        }
        return now.isBefore(startsAt) ? ConsultationPhase.UPCOMING : ConsultationPhase.OPEN;
    }

    /**
     * Moderators, while a discussion is open: its act's next version is published (the sections
     * of that version are the caller's); returns its number.
     */
    public int revise(Instant now) {
        if (kind != ConsultationKind.DISCUSSION || phase(now) != ConsultationPhase.OPEN) {
            throw new ConflictException("regulation.revise.not-open", id);
        }
        actVersion++;
        updatedAt = now;
        return actVersion;
    }

    /** Whether a poll's results are public at {@code now}: live from its start, or only after its end. */
    public boolean resultsVisible(Instant now) {
        ConsultationPhase phase = phase(now);
        return phase == ConsultationPhase.CLOSED || phase == ConsultationPhase.OPEN && resultsShown == ResultsShown.LIVE;
    }

    public boolean isDiscussion() {
        return kind == ConsultationKind.DISCUSSION;
    }

    /** The act's published version (1 from publication; 0 for a draft or another kind). */
    public int actVersion() {
        return actVersion;
    }

    public boolean isPoll() {
        return kind == ConsultationKind.POLL;
    }

    public boolean isPublic() {
        return status != ConsultationStatus.DRAFT;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public ConsultationKind kind() {
        return kind;
    }

    public ResultsShown resultsShown() {
        return resultsShown;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public ConsultationCategory category() {
        return category;
    }

    public ConsultationStatus status() {
        return status;
    }

    public Audience audience() {
        return audience;
    }

    public SignInStrength signIn() {
        return signIn;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Instant reportDueAt() {
        return reportDueAt;
    }

    public String reportText() {
        return reportText;
    }

    public String reportBy() {
        return reportBy;
    }

    public Instant reportPublishedAt() {
        return reportPublishedAt;
    }
}
