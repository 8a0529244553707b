package ua.hromada.council;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;
import ua.hromada.core.InvalidInputException;

/** One convocation of the council (the ninth, elected for 2020–2025): its number and period. */
@Entity
@Table(name = "council_convocation")
@NamedQuery(name = Convocation.ALL, query = "select c from Convocation c order by c.number desc")
public class Convocation {
    public static final String ALL = "Convocation.all";
    public static final int NUMBER_MAX = 99;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false)
    private int number;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on")
    private LocalDate endsOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Convocation() {
    }

    public Convocation(int number, LocalDate startsOn, LocalDate endsOn, Instant now) {
        edit(number, startsOn, endsOn);
        this.createdAt = now;
    }

    /** Number 1–99, a start, and an end (none while it sits) not before the start. */
    public final void edit(int newNumber, LocalDate newStart, LocalDate newEnd) {
        if (newNumber < 1 || newNumber > NUMBER_MAX) {
            throw new InvalidInputException("council.convocation.number", NUMBER_MAX);
        }
        if (newStart == null || (newEnd != null && newEnd.isBefore(newStart))) {
            throw new InvalidInputException("council.convocation.period");
        }
        this.number = newNumber;
        this.startsOn = newStart;
        this.endsOn = newEnd;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public int number() {
        return number;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }
}
