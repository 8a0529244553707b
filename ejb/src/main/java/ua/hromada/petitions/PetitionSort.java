package ua.hromada.petitions;

import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import ua.hromada.core.Cursor;

/** Orders of the public petition list, each with its keyset condition for the next page. */
public enum PetitionSort {
    NEWEST(" and (p.publishedAt < :k1 or (p.publishedAt = :k1 and p.id < :k2))", " order by p.publishedAt desc, p.id desc"),
    MOST_SIGNED(" and (p.signatureCount < :k1 or (p.signatureCount = :k1 and p.id < :k2))",
            " order by p.signatureCount desc, p.id desc"),
    ENDING_SOON(" and (p.collectionEndsAt > :k1 or (p.collectionEndsAt = :k1 and p.id > :k2))",
            " order by p.collectionEndsAt, p.id");

    private final String after;
    private final String orderBy;

    PetitionSort(String after, String orderBy) {
        this.after = after;
        this.orderBy = orderBy;
    }

    String after() {
        return after;
    }

    String orderBy() {
        return orderBy;
    }

    public String labelKey() {
        return "petition.sort." + name().toLowerCase();
    }

    void bind(TypedQuery<Petition> query, long[] keys) {
        if (this == MOST_SIGNED) {
            query.setParameter("k1", (int) keys[0]);
        } else {
            query.setParameter("k1", Instant.EPOCH.plus(keys[0], ChronoUnit.MICROS));
        }
        query.setParameter("k2", keys[1]);
    }

    String cursorOf(Petition last) {
        long first = switch (this) {
            case NEWEST -> ChronoUnit.MICROS.between(Instant.EPOCH, last.publishedAt());
            case MOST_SIGNED -> last.signatureCount();
            case ENDING_SOON -> ChronoUnit.MICROS.between(Instant.EPOCH, last.collectionEndsAt());
        };
        return Cursor.encode(first, last.id());
    }
}
