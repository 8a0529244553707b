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

/** One of a department's officials' public reports: a PDF for a year, as the public directory lists it. */
@Entity
@Table(name = "appeal_department_report")
@NamedQuery(name = DepartmentReport.ALL, query = "select r from DepartmentReport r order by r.departmentId, r.year desc, r.id desc")
public class DepartmentReport {
    public static final String ALL = "DepartmentReport.all";
    public static final int TITLE_MIN = 3;
    public static final int TITLE_MAX = 200;
    /** The earliest year a report may be of (the platform keeps no older ones). */
    public static final int FIRST_YEAR = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "department_id", nullable = false, updatable = false)
    private Long departmentId;

    @Column(nullable = false, updatable = false)
    private int year;

    @Column(nullable = false, length = TITLE_MAX, updatable = false)
    private String title;

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(name = "added_at", nullable = false, updatable = false)
    private Instant addedAt;

    protected DepartmentReport() {
    }

    /** A report of {@code year}, from 2000 to {@code thisYear}, titled 3 to 200 characters. */
    public DepartmentReport(long departmentId, int year, int thisYear, String title, long documentId, Instant now) {
        if (year < FIRST_YEAR || year > thisYear) {
            throw new InvalidInputException("appeals.report.year", FIRST_YEAR, thisYear);
        }
        String t = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (t.length() < TITLE_MIN || t.length() > TITLE_MAX) {
            throw new InvalidInputException("appeals.report.title", TITLE_MIN, TITLE_MAX);
        }
        this.departmentId = departmentId;
        this.year = year;
        this.title = t;
        this.documentId = documentId;
        this.addedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long communityId() {
        return communityId;
    }

    public Long departmentId() {
        return departmentId;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    public Long documentId() {
        return documentId;
    }
}
