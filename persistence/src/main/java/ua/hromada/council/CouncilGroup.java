package ua.hromada.council;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** A named group of deputies the secretariat keeps (a faction, a standing committee): its name unique in the community. */
@MappedSuperclass
public abstract class CouncilGroup {
    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CouncilGroup() {
    }

    protected CouncilGroup(String name, Instant now) {
        rename(name);
        this.createdAt = now;
    }

    /** A new name, {@value #NAME_MIN}–{@value #NAME_MAX} characters. */
    public final void rename(String newName) {
        this.name = Wording.line(newName, NAME_MIN, NAME_MAX, "council.group.name.length");
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public String name() {
        return name;
    }
}
