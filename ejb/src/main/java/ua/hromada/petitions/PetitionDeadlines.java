package ua.hromada.petitions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Set;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.deadline.DeadlineHandler;

/** What happens when a petition's legal deadlines fall due; each run is safe to repeat. */
final class PetitionDeadlines {
    private PetitionDeadlines() {
    }

    /** The last working day of moderation begins: the moderators are reminded if it is still waiting. */
    @ApplicationScoped
    static class ModerationReminder implements DeadlineHandler {
        @Inject
        PetitionLifecycle lifecycle;

        @Inject
        PetitionNotices notices;

        @Override
        public String kind() {
            return Petitions.MODERATION_REMINDER;
        }

        @Override
        public void handle(long subjectId, Long communityId, Instant now) {
            Petition petition = lifecycle.lock(subjectId);
            if (petition != null && petition.status() == PetitionStatus.SUBMITTED) {
                notices.toOfficials(petition, "reminder.moderators", Set.of(Role.LOCAL_MODERATOR));
            }
        }
    }

    /** Collection ends: consideration if the threshold was reached, forwarding as an appeal if not. */
    @ApplicationScoped
    static class CollectionEnd implements DeadlineHandler {
        @Inject
        PetitionLifecycle lifecycle;

        @Override
        public String kind() {
            return Petitions.COLLECTION_END;
        }

        @Override
        public void handle(long subjectId, Long communityId, Instant now) {
            Petition petition = lifecycle.lock(subjectId);
            if (petition != null) {
                lifecycle.endCollection(petition, now);
            }
        }
    }

    /** The response is late: the petition page shows it; the secretariat is told and it is audited. */
    @ApplicationScoped
    static class ConsiderationDue implements DeadlineHandler {
        @Inject
        PetitionLifecycle lifecycle;

        @Inject
        PetitionNotices notices;

        @Inject
        AuditTrail audit;

        @Override
        public String kind() {
            return PetitionLifecycle.CONSIDERATION_DUE;
        }

        @Override
        public void handle(long subjectId, Long communityId, Instant now) {
            Petition petition = lifecycle.lock(subjectId);
            if (petition != null && petition.isResponseOverdue(now)) {
                audit.record(communityId, "petition.response-overdue", Petitions.OBJECT, subjectId, petition.title());
                notices.toOfficials(petition, "overdue.secretariat", Set.of(Role.SECRETARIAT_OFFICER, Role.LOCAL_MODERATOR));
            }
        }
    }
}
