package ua.hromada.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/** One version of a draft decision's text, with its PDF (core's stored document) if one was given; never changed once made. */
@Entity
@Table(name = "council_draft_version")
@NamedQuery(name = DraftVersion.OF_DRAFT, query = "select v from DraftVersion v where v.draftId = :draft order by v.number desc")
public class DraftVersion {
    public static final String OF_DRAFT = "DraftVersion.ofDraft";
    public static final int TEXT_MIN = 20;
    public static final int TEXT_MAX = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    private String text;

    @Column(name = "document_id", updatable = false)
    private Long documentId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected DraftVersion() {
    }

    public DraftVersion(long draftId, int number, String text, Long documentId, Instant now) {
        String t = text == null ? "" : text.strip();
        if (t.length() < TEXT_MIN || t.length() > TEXT_MAX) {
            throw new InvalidInputException("council.draft.text.length", TEXT_MIN, TEXT_MAX);
        }
        this.draftId = draftId;
        this.number = number;
        this.text = t;
        this.documentId = documentId;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public long draftId() {
        return draftId;
    }

    public int number() {
        return number;
    }

    public String text() {
        return text;
    }

    public Long documentId() {
        return documentId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
