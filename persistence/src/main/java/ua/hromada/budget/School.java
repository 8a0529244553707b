package ua.hromada.budget;

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
 * A school taking part in the community's school participatory budget: it has its own contests
 * (with their own budget) and its own moderators, who enter its pupils' projects and hand out the
 * one-time voting codes.
 */
@Entity
@Table(name = "budget_school")
@NamedQuery(name = School.ALL, query = "select s from School s order by s.name, s.id")
public class School {
    public static final String ALL = "School.all";
    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 200;

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

    protected School() {
    }

    public School(String name, Instant now) {
        String n = name == null ? "" : name.strip().replaceAll("\\s+", " ");
        if (n.length() < NAME_MIN || n.length() > NAME_MAX) {
            throw new InvalidInputException("budget.school.name.length", NAME_MIN, NAME_MAX);
        }
        this.name = n;
        this.createdAt = now;
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

    public Instant createdAt() {
        return createdAt;
    }
}
