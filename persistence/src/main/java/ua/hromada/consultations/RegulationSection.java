package ua.hromada.consultations;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.hibernate.annotations.TenantId;

/**
 * One section of one version of a draft act: its title and text, in its place. Its key is the
 * section's identity across versions, so stances, comments and changes follow it.
 */
@Entity
@Table(name = "regulation_section")
@NamedQuery(name = RegulationSection.OF_VERSION, query = "select s from RegulationSection s where s.consultationId = :act"
        + " and s.version = :version order by s.position")
public class RegulationSection {
    public static final String OF_VERSION = "RegulationSection.ofVersion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @TenantId
    @Column(name = "community_id", nullable = false, updatable = false)
    private Long communityId;

    @Column(name = "consultation_id", nullable = false, updatable = false)
    private Long consultationId;

    @Column(nullable = false, updatable = false)
    private int version;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "section_key", nullable = false, updatable = false)
    private int key;

    @Column(nullable = false, length = ActText.TITLE_MAX, updatable = false)
    private String title;

    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String text;

    protected RegulationSection() {
    }

    public RegulationSection(long consultationId, int version, int position, int key, ActText.Section section) {
        this.consultationId = consultationId;
        this.version = version;
        this.position = position;
        this.key = key;
        this.title = section.title();
        this.text = section.text();
    }

    public Long id() {
        return id;
    }

    public Long consultationId() {
        return consultationId;
    }

    public int version() {
        return version;
    }

    public int position() {
        return position;
    }

    public int key() {
        return key;
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }
}
