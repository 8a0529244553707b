package ua.hromada.core.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day a community's local government declared non-working (a local holiday, a mourning day). */
@Entity
@Table(name = "community_day_off")
@NamedQuery(name = CommunityDayOff.DAYS_BETWEEN, query = "select d.day from CommunityDayOff d"
        + " where d.communityId = :community and d.day between :from and :to")
@NamedQuery(name = CommunityDayOff.FROM, query = "select d from CommunityDayOff d"
        + " where d.communityId = :community and d.day >= :from order by d.day")
@NamedQuery(name = CommunityDayOff.ON, query = "select d from CommunityDayOff d"
        + " where d.communityId = :community and d.day = :day")
public class CommunityDayOff {
    public static final String DAYS_BETWEEN = "CommunityDayOff.daysBetween";
    public static final String FROM = "CommunityDayOff.from";
    public static final String ON = "CommunityDayOff.on";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "community_id", nullable = false)
    private Long communityId;

    @Column(nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 200)
    private String reason;

    protected CommunityDayOff() {
    }

    public CommunityDayOff(long communityId, LocalDate day, String reason) {
        this.communityId = communityId;
        this.day = day;
        this.reason = reason;
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public String reason() {
        return reason;
    }
}
