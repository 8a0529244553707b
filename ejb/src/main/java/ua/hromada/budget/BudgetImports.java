package ua.hromada.budget;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * Big imports (a pabulib file, a file of paper ballots) run in the background so the upload
 * request ends at once: the import itself keeps its one transaction, started on the worker
 * thread; its progress is read from {@link ImportRuns} by the moderator who started it, in the
 * same community, and by nobody else. No transaction here, so the worker's is the only one.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BudgetImports {
    private static final Logger LOG = Logger.getLogger(BudgetImports.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    ImportRuns runs;

    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    @Inject
    PabulibImport pabulib;

    @Inject
    PaperBallots paper;

    @Inject
    Clock clock;

    /** Moderators: starts importing a pabulib file as a past contest (as {@link PabulibImport#importFile}); answers the run's id. */
    public String startPabulib(byte[] file, String title, SelectionRule rule) {
        Community community = contests.community();
        permissions.require(BudgetAction.MANAGE, community.id());
        if (rule == null) {
            throw new InvalidInputException("budget.contest.rule.required");
        }
        ImportRun run = start(ImportRun.Kind.PABULIB, community, file);
        PabulibImport importing = pabulib; // the task holds the bean's proxy, never this pooled instance
        return inBackground(run, community, () -> importing.importFile(reader(file), title, rule, run));
    }

    /** Moderators, while the contest votes: starts importing a file of paper ballots (as {@link PaperBallots#importFile}); answers the run's id. */
    public String startPaper(long contestId, byte[] file) {
        Community community = contests.community();
        permissions.require(BudgetAction.BALLOTS, community.id());
        contests.find(contestId);
        ImportRun run = start(ImportRun.Kind.PAPER, community, file);
        PaperBallots importing = paper;
        return inBackground(run, community, () -> importing.importFile(contestId, reader(file), run));
    }

    /** The moderator who started the run, in its community: how far it is; 404 for anyone else or a forgotten run. */
    public ImportRun.Seen progress(String runId) {
        Community community = contests.community();
        ImportRun run = runs.find(runId, clock.instant()).filter(r -> r.belongsTo(owner(), community.id()))
                .orElseThrow(() -> new NotFoundException("budget.import.not-found"));
        permissions.require(run.kind() == ImportRun.Kind.PABULIB ? BudgetAction.MANAGE : BudgetAction.BALLOTS, community.id());
        return run.seen();
    }

    private ImportRun start(ImportRun.Kind kind, Community community, byte[] file) {
        return runs.start(kind, owner(), community.id(), lines(file), clock.instant());
    }

    /** The work runs on the container's executor as the same actor in the same community: thread-locals do not travel by themselves. */
    private String inBackground(ImportRun run, Community community, Supplier<Object> work) {
        Actor actor = Acting.current();
        long communityId = community.id();
        Clock time = clock;
        executor.execute(() -> Acting.as(actor, () -> CurrentCommunity.callAs(communityId, () -> {
            try {
                run.done(work.get(), time.instant());
            } catch (HromadaException e) {
                run.failed(e, time.instant());
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "import " + run.id() + " failed", e);
                run.failed(new InvalidInputException("budget.import.failed"), time.instant());
            }
            return null;
        })));
        return run.id();
    }

    private static long owner() {
        Long person = Acting.current().personId();
        return person == null ? -1 : person;
    }

    /** A file uploaded whole, read as UTF-8. */
    static BufferedReader reader(byte[] file) {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(file), StandardCharsets.UTF_8));
    }

    /** The file's lines, to measure reading against. */
    private static long lines(byte[] file) {
        long n = 0;
        for (byte b : file) {
            if (b == '\n') {
                n++;
            }
        }
        return file.length > 0 && file[file.length - 1] != '\n' ? n + 1 : n;
    }
}
