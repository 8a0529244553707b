package ua.hromada.voting;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One option of a choose-one vote; its number is what a ballot records. */
@Embeddable
public class VoteOption {
    public static final int LABEL_MAX = 300;

    @Column(nullable = false)
    private int number;

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(nullable = false, length = LABEL_MAX)
    private String label;

    protected VoteOption() {
    }

    VoteOption(int number, long communityId, String label) {
        this.number = number;
        this.communityId = communityId;
        this.label = label;
    }

    public int number() {
        return number;
    }

    public String label() {
        return label;
    }
}
