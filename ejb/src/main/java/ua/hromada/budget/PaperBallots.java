package ua.hromada.budget;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.MessageKey;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.BirthDates;
import ua.hromada.core.identity.PersonKeys;

/**
 * Paper ballots from the support points, entered by moderators one by one or imported as a CSV
 * file: the voter's national identifier (checked there against a document) is reduced to the
 * person key as everywhere, so a paper ballot meets the same unique key as an online one. An
 * import is all or nothing: every line is checked first and every refused line reported with its
 * reason; a file with any refusal imports nothing, so it can be fixed and run again.
 */
@Stateless
public class PaperBallots {
    /** The columns of an import file, `;`-separated, UTF-8, with this header line. */
    public static final String HEADER = "identifier;projects";
    static final int LINES_MAX = 200_000;
    private static final Pattern IDENTIFIER = Pattern.compile("\\d{10}");
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).build();
    private static final String BALLOT = "insert ignore into budget_ballot (community_id, contest_id, person_key, person_id, channel,"
            + " residency, cast_at) values (?1, ?2, ?3, (select id from person where person_key = ?3 and deleted_at is null"
            + " and merged_into is null), 'PAPER', 'VERIFIED', ?4)";

    /** One refused line of an import: its number in the file, and why. */
    public record Refusal(long line, String messageKey, List<Object> arguments) {
    }

    /** What an import did: the ballots in the file, how many it imported (none when any line was refused), and the refusals. */
    public record Report(int ballots, int imported, List<Refusal> refusals) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    BallotBox box;

    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    @Inject
    PersonKeys keys;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext context;

    /** Moderators, while the contest votes: one paper ballot of the voter with this national identifier. */
    public Voting.Receipt enter(long contestId, String identifier, Set<Long> projectIds) {
        Contest contest = open(contestId);
        List<BudgetProject> chosen = box.check(contest, contests.categories(contestId), projectIds);
        String key = key(contest, identifier);
        Instant now = clock.instant();
        if (insert(contest, key, now) == 0) {
            throw new ConflictException("budget.paper.already-voted");
        }
        box.choose(contestId, chosen);
        audit.record(contest.communityId(), "budget.paper.enter", Contests.OBJECT, contestId, chosen.size() + " projects");
        return new Voting.Receipt(now, VoteChannel.PAPER, chosen.stream().map(BudgetProject::id).toList());
    }

    /** Moderators, while the contest votes: imports a file of paper ballots, all of them or none. */
    public Report importFile(long contestId, Reader file) {
        return importFile(contestId, file, ImportProgress.NONE);
    }

    /** The same, telling {@code progress} how far it is (a background import, {@link BudgetImports}). */
    public Report importFile(long contestId, Reader file, ImportProgress progress) {
        Contest contest = open(contestId);
        Map<String, BudgetProject> byNumber = new HashMap<>();
        box.admitted(contestId).forEach(p -> byNumber.put(p.number(), p));
        Map<String, String> voted = new HashMap<>();
        for (Object r : em.createNativeQuery("select person_key, channel from budget_ballot where contest_id = ?1").setParameter(1, contestId)
                .getResultList()) {
            Object[] row = (Object[]) r;
            voted.put((String) row[0], (String) row[1]);
        }
        List<Refusal> refusals = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        List<ContestCategory> categories = contests.categories(contestId);
        try (CSVParser parser = FORMAT.parse(file)) {
            if (!parser.getHeaderNames().equals(List.of("identifier", "projects"))) {
                throw new InvalidInputException("budget.paper.header", HEADER);
            }
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1; // the header is line 1
                if (lines.size() + refusals.size() >= LINES_MAX) {
                    throw new InvalidInputException("budget.paper.too-long", LINES_MAX);
                }
                try {
                    Line read = read(contest, categories, record, byNumber, line);
                    Long first = seen.putIfAbsent(read.key, line);
                    if (first != null) {
                        refusals.add(new Refusal(line, "budget.paper.repeated", List.of(first)));
                    } else if (voted.containsKey(read.key)) {
                        refusals.add(new Refusal(line, "budget.paper.already-voted-by", List.of(new MessageKey("budget.channel."
                                + voted.get(read.key).toLowerCase(java.util.Locale.ROOT)))));
                    } else {
                        lines.add(read);
                    }
                } catch (InvalidInputException e) {
                    refusals.add(new Refusal(line, e.messageKey(), e.arguments()));
                }
                progress.read(1);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InvalidInputException("budget.paper.unreadable");
        }
        if (!refusals.isEmpty()) {
            return new Report(lines.size() + refusals.size(), 0, List.copyOf(refusals));
        }
        Instant now = clock.instant();
        progress.storing(lines.size());
        for (Line read : lines) {
            if (insert(contest, read.key, now) == 0) {
                // an online ballot (or another import) committed first: it counts, this file goes back whole
                context.setRollbackOnly();
                return new Report(lines.size(), 0, List.of(new Refusal(read.line, "budget.paper.already-voted", List.of())));
            }
            box.choose(contestId, read.chosen);
            progress.stored(1);
        }
        audit.record(contest.communityId(), "budget.paper.import", Contests.OBJECT, contestId, lines.size() + " paper ballots");
        return new Report(lines.size(), lines.size(), List.of());
    }

    private record Line(long line, String key, List<BudgetProject> chosen) {
    }

    private Line read(Contest contest, List<ContestCategory> categories, CSVRecord record, Map<String, BudgetProject> byNumber,
            long line) {
        if (record.size() != 2) {
            throw new InvalidInputException("budget.paper.columns");
        }
        String key = key(contest, record.get(0));
        Set<Long> ids = new LinkedHashSet<>();
        for (String number : record.get(1).split("[,\\s]+")) {
            if (number.isBlank()) {
                continue;
            }
            BudgetProject project = byNumber.get(number);
            if (project == null) {
                throw new InvalidInputException("budget.paper.unknown-project", number);
            }
            ids.add(project.id());
        }
        return new Line(line, key, box.check(contest, categories, ids));
    }

    /**
     * The voter's person key. Where the number is a tax number whose digits give a date of birth,
     * a voter younger than the contest's least age is refused; otherwise the moderator checked the
     * age on the voter's document.
     */
    private String key(Contest contest, String identifier) {
        String id = identifier == null ? "" : identifier.strip();
        if (!IDENTIFIER.matcher(id).matches()) {
            throw new InvalidInputException("budget.paper.bad-identifier");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), contests.community().zone());
        boolean tooYoung = BirthDates.fromTaxNumber(id, today).map(born -> Period.between(born, today).getYears())
                .filter(age -> age < contest.voterMinAge()).isPresent();
        if (tooYoung) {
            throw new InvalidInputException("budget.paper.too-young", contest.voterMinAge());
        }
        return keys.keyOf(id);
    }

    private int insert(Contest contest, String key, Instant now) {
        return em.createNativeQuery(BALLOT).setParameter(1, contest.communityId()).setParameter(2, contest.id()).setParameter(3, key)
                .setParameter(4, now).executeUpdate();
    }

    private Contest open(long contestId) {
        Contest contest = box.open(contests, contestId);
        permissions.require(BudgetAction.BALLOTS, contest.communityId());
        if (contest.isSchools()) {
            throw new ConflictException("budget.vote.codes-only");
        }
        return contest;
    }
}
