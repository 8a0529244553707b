package ua.hromada.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import ua.hromada.core.deadline.DeadlineHandler;

/** What happens when a consultation's deadlines fall due; each run is safe to repeat. */
final class ConsultationDeadlines {
    private ConsultationDeadlines() {
    }

    /** The end: the consultation closes by itself and its report falls due later. */
    @ApplicationScoped
    static class End implements DeadlineHandler {
        @Inject
        Consultations consultations;

        @Override
        public String kind() {
            return Consultations.END;
        }

        @Override
        public void handle(long subjectId, Long communityId, Instant now) {
            consultations.close(subjectId, now);
        }
    }

    /** The report is due: if it is still missing, the moderators are told and the page says overdue. */
    @ApplicationScoped
    static class ReportDue implements DeadlineHandler {
        @Inject
        Consultations consultations;

        @Override
        public String kind() {
            return Consultations.REPORT_DUE;
        }

        @Override
        public void handle(long subjectId, Long communityId, Instant now) {
            consultations.reportDue(subjectId, now);
        }
    }

    /** A block's end: the person may comment again. */
    @ApplicationScoped
    static class BlockEnd implements DeadlineHandler {
        @Inject
        CommentModeration moderation;

        @Override
        public String kind() {
            return CommentModeration.BLOCK_END;
        }

        @Override
        public void handle(long subjectId, Long communityId, Instant now) {
            moderation.lift(subjectId, now);
        }
    }
}
