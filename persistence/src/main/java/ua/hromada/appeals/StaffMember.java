package ua.hromada.appeals;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.TenantId;

/**
 * One person in a department's staff: they work the appeals routed to the department; its head
 * also gives them to its staff and is told when they run late. Kept by the secretariat; the
 * person must also hold the department executor role in the community, or the staff row opens nothing.
 */
@Entity
@Table(name = "appeal_department_staff")
@IdClass(StaffMember.Key.class)
@NamedQuery(name = StaffMember.OF_DEPARTMENT, query = "select s from StaffMember s where s.departmentId = :department"
        + " order by s.head desc, s.addedAt, s.personId")
@NamedQuery(name = StaffMember.OF_PERSON, query = "select s from StaffMember s where s.personId = :person")
public class StaffMember {
    public static final String OF_DEPARTMENT = "StaffMember.ofDepartment";
    public static final String OF_PERSON = "StaffMember.ofPerson";

    /** The row's key: a person is in a department's staff once. */
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        private Long departmentId;
        private Long personId;

        protected Key() {
        }

        public Key(long departmentId, long personId) {
            this.departmentId = departmentId;
            this.personId = personId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && Objects.equals(departmentId, k.departmentId) && Objects.equals(personId, k.personId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(departmentId, personId);
        }
    }

    @Id
    @Column(name = "department_id", nullable = false, updatable = false)
    private Long departmentId;

    @Id
    @Column(name = "person_id", nullable = false, updatable = false)
    private Long personId;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false)
    private boolean head;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected StaffMember() {
    }

    public StaffMember(long departmentId, long personId, boolean head, Instant now) {
        this.departmentId = departmentId;
        this.personId = personId;
        this.head = head;
        this.addedAt = now;
    }

    public void setHead(boolean head) {
        this.head = head;
    }

    public Long departmentId() {
        return departmentId;
    }

    public Long personId() {
        return personId;
    }

    public boolean head() {
        return head;
    }

    public Instant addedAt() {
        return addedAt;
    }
}
