package ua.hromada.appeals;

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
 * One of the community's bodies or departments that appeals are addressed and routed to, with
 * the contacts the public directory shows. Kept by the secretariat.
 */
@Entity
@Table(name = "appeal_department")
@NamedQuery(name = Department.ALL, query = "select d from Department d order by d.name, d.id")
public class Department {
    public static final String ALL = "Department.all";
    public static final int NAME_MIN = 3;
    public static final int NAME_MAX = 200;
    public static final int CONTACTS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    /** Address, phone, e-mail and reception hours, as the public directory shows them. */
    @Column(length = CONTACTS_MAX)
    private String contacts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** When its entry in the directory last changed: itself, its staff or its reports. */
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Department() {
    }

    public Department(String name, String contacts, Instant now) {
        edit(name, contacts, now);
        this.createdAt = now;
    }

    /** New name and contacts; the name 3–200 characters, the contacts at most 1,000 (or none). */
    public final void edit(String newName, String newContacts, Instant now) {
        String n = newName == null ? "" : newName.strip().replaceAll("\\s+", " ");
        if (n.length() < NAME_MIN || n.length() > NAME_MAX) {
            throw new InvalidInputException("appeals.department.name.length", NAME_MIN, NAME_MAX);
        }
        String c = newContacts == null || newContacts.isBlank() ? null : newContacts.strip();
        if (c != null && c.length() > CONTACTS_MAX) {
            throw new InvalidInputException("appeals.department.contacts.length", CONTACTS_MAX);
        }
        this.name = n;
        this.contacts = c;
        touch(now);
    }

    /** Its staff or reports changed: the directory's entry did. */
    public final void touch(Instant now) {
        this.updatedAt = now;
    }

    public Instant updatedAt() {
        return updatedAt;
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

    public String contacts() {
        return contacts;
    }
}
