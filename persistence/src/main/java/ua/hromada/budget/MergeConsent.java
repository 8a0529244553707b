package ua.hromada.budget;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/**
 * One author's answer to a merge proposal, for their project: consent or refusal, when, and for a
 * written answer the reviewer who recorded it (an author's own answer online carries no name).
 */
@Embeddable
public class MergeConsent {
    @Column(name = "project_id", nullable = false, updatable = false)
    private long projectId;

    @Column(nullable = false, updatable = false)
    private boolean consent;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", length = BudgetProject.AUTHOR_MAX, updatable = false)
    private String recordedBy;

    @Column(name = "on_paper", nullable = false, updatable = false)
    private boolean onPaper;

    protected MergeConsent() {
    }

    MergeConsent(long projectId, boolean consent, String recordedBy, boolean onPaper, Instant now) {
        this.projectId = projectId;
        this.consent = consent;
        this.recordedBy = recordedBy;
        this.onPaper = onPaper;
        this.recordedAt = now;
    }

    public long projectId() {
        return projectId;
    }

    public boolean consent() {
        return consent;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** The reviewer who recorded a written answer; null for the author's own answer online. */
    public String recordedBy() {
        return recordedBy;
    }

    public boolean onPaper() {
        return onPaper;
    }

    // one answer per project (the primary key): the set's identity
    @Override
    public boolean equals(Object o) {
        return o instanceof MergeConsent other && other.projectId == projectId;
    }

    @Override
    public int hashCode() {
        return Objects.hash(projectId);
    }
}
