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

/**
 * A deputy's private note on a draft decision: theirs alone (one per draft, rewritten as they
 * go); read only by a query naming its author as the current person, never by id.
 */
@Entity
@Table(name = "council_note")
@NamedQuery(name = DraftNote.OWN, query = "select n from DraftNote n where n.draftId = :draft and n.personId = :person")
public class DraftNote {
    public static final String OWN = "DraftNote.own";
    public static final int TEXT_MAX = 10_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "draft_id", nullable = false, updatable = false)
    private long draftId;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String text;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected DraftNote() {
    }

    public DraftNote(long draftId, long personId, String text, Instant now) {
        this.draftId = draftId;
        this.personId = personId;
        rewrite(text, now);
    }

    /** The note's new text, 1–10,000 characters (the bean deletes a note written empty). */
    public final void rewrite(String newText, Instant now) {
        String t = newText == null ? "" : newText.strip();
        if (t.isEmpty() || t.length() > TEXT_MAX) {
            throw new InvalidInputException("council.note.length", TEXT_MAX);
        }
        this.text = t;
        this.changedAt = now;
    }

    public Long id() {
        return id;
    }

    public long draftId() {
        return draftId;
    }

    public long personId() {
        return personId;
    }

    public String text() {
        return text;
    }

    public Instant changedAt() {
        return changedAt;
    }
}
