package ua.hromada.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/** One option of a poll question, in its place. */
@Entity
@Table(name = "poll_option")
public class PollOption {
    public static final int LABEL_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "question_id", nullable = false, updatable = false)
    private PollQuestion question;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    protected PollOption() {
    }

    PollOption(PollQuestion question, int position, String label) {
        this.question = question;
        this.position = position;
        this.label = label;
    }

    public Long id() {
        return id;
    }

    public int position() {
        return position;
    }

    public String label() {
        return label;
    }
}
