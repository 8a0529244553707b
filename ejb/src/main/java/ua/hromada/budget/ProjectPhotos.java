package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.document.DocumentKind;
import ua.hromada.core.document.Documents;
import ua.hromada.core.document.StoredDocument;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Photos of projects, kept by core's document store as clean JPEGs: the author adds up to
 * {@code Kind.PROPOSAL.most()} to their draft while the contest takes drafts (public once it is
 * submitted), the moderators to a project entered from paper while paper forms are entered; the
 * moderators add photos of a winning project's implementation. Each project's row is locked
 * before its photos are counted, so the limit holds; the moderators' every step is audited.
 */
@Stateless
public class ProjectPhotos {
    static final String OBJECT = ProjectSubmission.OBJECT;

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    ProjectReading reading;

    @Inject
    BudgetPermissions permissions;

    @Inject
    Documents documents;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * The author, on their draft while the contest takes drafts; the moderators (a school's contest:
     * its school moderators too), on a project entered from paper during submission and the
     * preliminary support: adds a JPEG or PNG photo of the proposal with an optional caption.
     */
    public ProjectPhoto add(long projectId, String fileName, InputStream content, String caption) {
        BudgetProject project = proposal(projectId);
        return store(project, ProjectPhoto.Kind.PROPOSAL, fileName, content, caption, null, "budget.photo.add");
    }

    /** Moderators: adds a photo of a winning project's implementation, with a caption and the day the work was photographed. */
    public ProjectPhoto addWork(long projectId, String fileName, InputStream content, String caption, LocalDate takenOn) {
        BudgetProject project = implemented(projectId);
        return store(project, ProjectPhoto.Kind.WORK, fileName, content, caption, takenOn, "budget.photo.work.add");
    }

    /**
     * Takes a photo off: one of the proposal's, whoever may {@link #add} to the project (a draft's
     * goes with its file, never having been public) and, once the project is public, its contest's
     * moderators (a photo that breaks the rules); one of the work's, the moderators. A published
     * photo's stored file stays, as a published document does, no longer served; the moderators'
     * steps are audited.
     */
    public void remove(long projectId, long photoId) {
        ProjectPhoto photo = em.createQuery("select f from ProjectPhoto f where f.id = :id and f.projectId = :project", ProjectPhoto.class)
                .setParameter("id", photoId).setParameter("project", projectId).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("budget.photo.not-found", photoId));
        boolean work = photo.kind() == ProjectPhoto.Kind.WORK;
        BudgetProject project = work ? implemented(projectId) : takenOff(projectId);
        em.remove(photo);
        em.flush();
        if (work || project.isPublic()) {
            audit.record(project.communityId(), work ? "budget.photo.work.remove" : "budget.photo.remove", OBJECT, projectId, "photo "
                    + photoId + ", document " + photo.documentId());
        } else {
            documents.discard(List.of(photo.documentId()));
        }
    }

    /** Anyone who may read the project (the caller has it in view): its photos of {@code kind}, in the order they came. */
    public List<ProjectPhoto> of(long projectId, ProjectPhoto.Kind kind) {
        return em.createNamedQuery(ProjectPhoto.OF_PROJECT, ProjectPhoto.class).setParameter("project", projectId).setParameter("kind", kind)
                .getResultList();
    }

    /**
     * Core's document download (through the manifest): whether the document is a photo of a
     * project of the current community that the visitor may read (a draft's: its author only).
     */
    public boolean shows(long documentId) {
        List<?> projects = em.createNativeQuery("select project_id from budget_photo where document_id = ?1 and community_id = ?2")
                .setParameter(1, documentId).setParameter(2, CurrentCommunity.id()).getResultList();
        if (projects.isEmpty()) {
            return false;
        }
        BudgetProject project = em.find(BudgetProject.class, ((Number) projects.get(0)).longValue());
        return project != null && reading.readable(project);
    }

    private ProjectPhoto store(BudgetProject project, ProjectPhoto.Kind kind, String fileName, InputStream content, String caption,
            LocalDate takenOn, String auditAction) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), contests.community().zone());
        ProjectPhoto.check(caption, takenOn, today);
        if (of(project.id(), kind).size() >= kind.most()) {
            throw new InvalidInputException("budget.photo.too-many", kind.most());
        }
        StoredDocument document = documents.store(fileName, content, EnumSet.of(DocumentKind.PHOTO));
        ProjectPhoto photo = new ProjectPhoto(project.id(), document.id(), kind, caption, takenOn, today, clock.instant());
        em.persist(photo);
        em.flush();
        if (kind == ProjectPhoto.Kind.WORK || project.isPublic()) {
            audit.record(project.communityId(), auditAction, OBJECT, project.id(), "photo " + photo.id() + ", document " + document.id()
                    + " \"" + document.fileName() + "\", " + document.size() + " bytes" + (takenOn == null ? "" : ", taken on " + takenOn));
        }
        return photo;
    }

    /** The project whose proposal's photos the actor may change now, its row locked: their own draft, or a paper form's. */
    private BudgetProject proposal(long projectId) {
        BudgetProject project = reading.view(projectId); // 404 for another's draft
        Contest contest = contests.find(project.contestId());
        if (project.onPaper()) {
            permissions.require(BudgetAction.MANAGE, contest);
            if (!ProjectSubmission.PAPER.contains(contest.stage())) {
                throw new ConflictException("budget.photo.paper-closed");
            }
        } else {
            reading.ownDraft(projectId); // 409 once submitted, 404 for anyone else's
            ProjectSubmission.open(contest, ContestStage.DRAFTING);
            permissions.require(BudgetAction.SUBMIT, contest);
        }
        em.refresh(project, LockModeType.PESSIMISTIC_WRITE);
        return project;
    }

    /** The project whose proposal's photo the actor may take off, its row locked: as {@link #proposal}, or a public one its contest's moderators keep. */
    private BudgetProject takenOff(long projectId) {
        BudgetProject project = reading.view(projectId);
        if (!project.isPublic() || !permissions.allows(BudgetAction.MANAGE, contests.find(project.contestId()))) {
            return proposal(projectId);
        }
        em.refresh(project, LockModeType.PESSIMISTIC_WRITE);
        return project;
    }

    /** A winning project of the current community, its row locked, for the moderators. */
    private BudgetProject implemented(long projectId) {
        permissions.require(BudgetAction.IMPLEMENT, contests.community().id());
        BudgetProject project = reading.view(projectId);
        if (!project.isPublic()) {
            throw new NotFoundException("budget.project.not-found", projectId);
        }
        em.refresh(project, LockModeType.PESSIMISTIC_WRITE);
        if (project.implementation() == null) {
            throw new ConflictException("budget.implementation.not-won");
        }
        return project;
    }
}
