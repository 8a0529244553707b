package ua.hromada.voting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;

/**
 * A vote of a community's verified residents: its question, its options (for a choose-one vote),
 * when it opens and closes, the least age of its voters; once closed, how many ballots and roll
 * entries it counted (always equal, or the close refuses). Nothing here names a voter.
 */
@Entity
@Table(name = "vote")
@NamedQuery(name = Vote.ALL, query = "select v from Vote v order by v.closesAt desc, v.id desc")
public class Vote {
    public static final String ALL = "Vote.all";
    public static final int TITLE_MAX = 300;
    public static final int DESCRIPTION_MAX = 10_000;
    public static final int OPTIONS_MIN = 2;
    public static final int OPTIONS_MAX = 20;
    public static final int AGE_MIN = 14;
    public static final int AGE_MAX = 21;
    /** A vote runs at least an hour and at most 90 days. */
    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final Duration LONGEST = Duration.ofDays(90);
    /** The choices of a question: for, against, abstain. */
    public static final int FOR = 1;
    public static final int AGAINST = 2;
    public static final int ABSTAIN = 3;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private VoteKind kind;

    @Column(nullable = false, length = TITLE_MAX, updatable = false)
    private String title;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String description;

    @Column(name = "opens_at", nullable = false)
    private Instant opensAt;

    @Column(name = "closes_at", nullable = false)
    private Instant closesAt;

    @Column(name = "min_age", nullable = false, updatable = false)
    private int minAge;

    @Column(name = "created_by", nullable = false, updatable = false, length = 200)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    private Integer ballots;

    @Column(name = "roll_entries")
    private Integer rollEntries;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "vote_option", joinColumns = @JoinColumn(name = "vote_id"))
    @OrderBy("number")
    private List<VoteOption> options = new ArrayList<>();

    protected Vote() {
    }

    /** A vote as its organiser set it up; {@code options} only for {@link VoteKind#OPTION}. */
    public Vote(long communityId, VoteKind kind, String title, String description, List<String> options, Instant opensAt,
            Instant closesAt, int minAge, String createdBy, Instant now) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > TITLE_MAX) {
            throw new InvalidInputException("voting.title.invalid", TITLE_MAX);
        }
        String d = description == null ? "" : description.strip();
        if (d.length() > DESCRIPTION_MAX) {
            throw new InvalidInputException("voting.description.invalid", DESCRIPTION_MAX);
        }
        if (minAge < AGE_MIN || minAge > AGE_MAX) {
            throw new InvalidInputException("voting.min-age.invalid", AGE_MIN, AGE_MAX);
        }
        this.communityId = communityId;
        this.kind = kind;
        this.title = t;
        this.description = d;
        this.minAge = minAge;
        this.createdBy = createdBy;
        this.createdAt = now;
        schedule(opensAt, closesAt, now);
        if (kind == VoteKind.OPTION) {
            List<String> labels = options == null ? List.of() : options.stream().map(o -> o == null ? "" : o.strip())
                    .filter(o -> !o.isEmpty()).toList();
            if (labels.size() < OPTIONS_MIN || labels.size() > OPTIONS_MAX || labels.stream().anyMatch(l -> l.length() > VoteOption.LABEL_MAX)
                    || labels.stream().distinct().count() != labels.size()) {
                throw new InvalidInputException("voting.options.invalid", OPTIONS_MIN, OPTIONS_MAX);
            }
            for (int i = 0; i < labels.size(); i++) {
                this.options.add(new VoteOption(i + 1, communityId, labels.get(i)));
            }
        }
    }

    /** Sets or moves the schedule, only before the vote opens: it opens no earlier than now. */
    public void schedule(Instant opens, Instant closes, Instant now) {
        if (opensAt != null && !now.isBefore(opensAt)) {
            throw new ConflictException("voting.schedule.started", id);
        }
        if (opens == null || closes == null || opens.isBefore(now.minusSeconds(60)) || Duration.between(opens, closes).compareTo(SHORTEST) < 0
                || Duration.between(opens, closes).compareTo(LONGEST) > 0) {
            throw new InvalidInputException("voting.schedule.invalid");
        }
        this.opensAt = opens;
        this.closesAt = closes;
    }

    /** Whether a ballot may be cast at {@code now}. */
    public boolean isOpen(Instant now) {
        return closedAt == null && !now.isBefore(opensAt) && now.isBefore(closesAt);
    }

    public boolean isClosed() {
        return closedAt != null;
    }

    /** The number of choices a ballot may record (1 … this). */
    public int choices() {
        return kind == VoteKind.QUESTION ? ABSTAIN : options.size();
    }

    public boolean admitsChoice(int choice) {
        return choice >= 1 && choice <= choices();
    }

    /**
     * Closes the vote with the counts of its box and roll; they must agree (one ballot for each
     * person on the roll). {@code early}: the organiser ends it before its time, which moves the
     * closing time to now.
     */
    public void close(int ballotsCounted, int rollCounted, Instant now) {
        if (closedAt != null) {
            throw new ConflictException("voting.closed", id);
        }
        if (ballotsCounted != rollCounted) {
            throw new IllegalStateException("vote " + id + ": " + ballotsCounted + " ballots but " + rollCounted + " on the roll");
        }
        if (now.isBefore(closesAt)) {
            this.closesAt = now.isBefore(opensAt) ? opensAt : now;
        }
        this.closedAt = now;
        this.ballots = ballotsCounted;
        this.rollEntries = rollCounted;
    }

    public Long id() {
        return id;
    }

    public long communityId() {
        return communityId;
    }

    public VoteKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public Instant opensAt() {
        return opensAt;
    }

    public Instant closesAt() {
        return closesAt;
    }

    public int minAge() {
        return minAge;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Integer ballots() {
        return ballots;
    }

    public Integer rollEntries() {
        return rollEntries;
    }

    public List<VoteOption> options() {
        return List.copyOf(options);
    }
}
