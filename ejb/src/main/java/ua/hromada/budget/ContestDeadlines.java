package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import ua.hromada.core.deadline.DeadlineHandler;

/**
 * A contest's stage dates as the sweeper meets them: one deadline kind per stage (core keeps one
 * deadline per kind and subject), each moving the contest into the stage its dates give; safe to repeat.
 */
final class ContestDeadlines {
    private ContestDeadlines() {
    }

    abstract static class StageStarts implements DeadlineHandler {
        @Inject
        Contests contests;

        abstract ContestStage stage();

        @Override
        public String kind() {
            return Contests.stageKind(stage());
        }

        @Override
        public void handle(long subjectId, Long communityId, Instant now) {
            contests.advance(subjectId, now);
        }
    }

    @ApplicationScoped
    static class Submission extends StageStarts {
        @Override
        ContestStage stage() {
            return ContestStage.SUBMISSION;
        }
    }

    @ApplicationScoped
    static class Support extends StageStarts {
        @Override
        ContestStage stage() {
            return ContestStage.SUPPORT;
        }
    }

    @ApplicationScoped
    static class Review extends StageStarts {
        @Override
        ContestStage stage() {
            return ContestStage.REVIEW;
        }
    }

    @ApplicationScoped
    static class Voting extends StageStarts {
        @Override
        ContestStage stage() {
            return ContestStage.VOTING;
        }
    }

    @ApplicationScoped
    static class Results extends StageStarts {
        @Override
        ContestStage stage() {
            return ContestStage.RESULTS;
        }
    }

    @ApplicationScoped
    static class Implementation extends StageStarts {
        @Override
        ContestStage stage() {
            return ContestStage.IMPLEMENTATION;
        }
    }
}
