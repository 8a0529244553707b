package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.ResidencyKind;

/**
 * One-time voting codes of a school's contest. Its school moderators issue them in bulk (and
 * revoke or reissue a lost one by its serial number); a code is 20 characters of Crockford's
 * base 32 (100 random bits), printed once on the sheet and kept only as its SHA-256. Whoever holds
 * a code casts one ballot with it in its own contest: holding it is the permission, and nothing
 * ties the ballot to a pupil. The code is spent by one conditional update, so of two uses at once
 * the second finds it used; the ballot's own unique key (person key {@code code:{id}}) guards too.
 */
@Stateless
public class VotingCodes {
    /** Codes issued at once at most (a school's sheet). */
    public static final int BATCH_MAX = 1000;
    static final int LENGTH = 20;
    /** Crockford's base 32: no I, L, O or U, so a code read aloud or typed from paper is not misread. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SPEND = "update budget_voting_code set used_at = ?1 where contest_id = ?2 and code_hash = ?3"
            + " and used_at is null and revoked_at is null";
    private static final String BALLOT = "insert into budget_ballot (community_id, contest_id, person_key, person_id, channel, residency,"
            + " cast_at) values (?1, ?2, ?3, null, ?4, ?5, ?6)";

    @PersistenceContext
    EntityManager em;

    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    @Inject
    BallotBox box;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A code as it is printed: its serial number on the sheet and the code itself (never stored). */
    public record Issued(int serial, String code) {
        /** The code in groups of four, as the sheet prints it and a pupil types it. */
        public String grouped() {
            return code.replaceAll("(.{4})(?!$)", "$1-");
        }
    }

    /** A contest's codes: issued, used and revoked. */
    public record Counts(long issued, long used, long revoked) {
        public long unused() {
            return issued - used - revoked;
        }
    }

    /** The contest's school moderators (and the community's): {@code count} new codes, numbered after the last. */
    public List<Issued> issue(long contestId, int count) {
        Contest contest = handingOut(contestId);
        if (count < 1 || count > BATCH_MAX) {
            throw new InvalidInputException("budget.code.count", BATCH_MAX);
        }
        List<Issued> issued = insert(contest, count);
        audit.record(contest.communityId(), "budget.codes.issue", Contests.OBJECT, contestId, count + " codes, serials "
                + issued.get(0).serial() + "–" + issued.get(issued.size() - 1).serial());
        return issued;
    }

    /** The same: revokes the unused code {@code serial} (lost, or seen by someone else). */
    public void revoke(long contestId, int serial) {
        Contest contest = handingOut(contestId);
        revokeUnused(contest, serial);
        audit.record(contest.communityId(), "budget.codes.revoke", Contests.OBJECT, contestId, "serial " + serial);
    }

    /** The same: revokes the unused code {@code serial} and issues one new code in its place. */
    public Issued reissue(long contestId, int serial) {
        Contest contest = handingOut(contestId);
        revokeUnused(contest, serial);
        Issued issued = insert(contest, 1).get(0);
        audit.record(contest.communityId(), "budget.codes.reissue", Contests.OBJECT, contestId, "serial " + serial + " revoked, serial "
                + issued.serial() + " issued");
        return issued;
    }

    /** The same: how many codes the contest has, used and revoked. */
    public Counts counts(long contestId) {
        Contest contest = contests.find(contestId);
        permissions.require(BudgetAction.CODES, contest);
        Object[] row = (Object[]) em.createNativeQuery("select count(*), count(used_at), count(revoked_at) from budget_voting_code"
                + " where contest_id = ?1").setParameter(1, contestId).getSingleResult();
        return new Counts(((Number) row[0]).longValue(), ((Number) row[1]).longValue(), ((Number) row[2]).longValue());
    }

    /**
     * Whoever holds a code: why it cannot vote in the contest now (the contest not voting, the code
     * unknown, another school's, revoked or used), as a message key, or empty when it can.
     */
    public Optional<String> refusal(long contestId, String code) {
        Contest contest = box.open(contests, contestId);
        if (!contest.isSchools()) {
            throw new NotFoundException("budget.contest.not-found", contestId);
        }
        return why(contestId, normalize(code));
    }

    /** Whoever holds an unused code of the contest, while it votes: casts the code's one ballot with these projects. */
    public Voting.Receipt vote(long contestId, String code, Set<Long> projectIds) {
        Contest contest = box.open(contests, contestId);
        if (!contest.isSchools()) {
            throw new NotFoundException("budget.contest.not-found", contestId);
        }
        String normal = normalize(code);
        Optional<String> refusal = why(contestId, normal);
        if (refusal.isPresent()) {
            throw new ConflictException(refusal.get());
        }
        List<BudgetProject> chosen = box.check(contest, contests.categories(contestId), projectIds);
        Instant now = clock.instant();
        String hash = hash(normal);
        if (em.createNativeQuery(SPEND).setParameter(1, now).setParameter(2, contestId).setParameter(3, hash).executeUpdate() == 0) {
            // another use of the same code committed first
            throw new ConflictException("budget.code.used");
        }
        long id = ((Number) em.createNativeQuery("select id from budget_voting_code where code_hash = ?1").setParameter(1, hash)
                .getSingleResult()).longValue();
        em.createNativeQuery(BALLOT).setParameter(1, contest.communityId()).setParameter(2, contestId).setParameter(3, "code:" + id)
                .setParameter(4, VoteChannel.CODE.name()).setParameter(5, ResidencyKind.NONE.name()).setParameter(6, now).executeUpdate();
        box.choose(contestId, chosen);
        return new Voting.Receipt(now, VoteChannel.CODE, chosen.stream().map(BudgetProject::id).toList());
    }

    /** A typed code as stored: capitals, no dashes or spaces, and the letters people confuse with digits read as those digits. */
    static String normalize(String code) {
        if (code == null) {
            return "";
        }
        return code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1').replace('L', '1');
    }

    static String hash(String normal) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private Optional<String> why(long contestId, String normal) {
        if (normal.length() != LENGTH || !normal.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.of("budget.code.unknown");
        }
        List<?> rows = em.createNativeQuery("select contest_id, used_at, revoked_at from budget_voting_code where code_hash = ?1")
                .setParameter(1, hash(normal)).getResultList();
        if (rows.isEmpty()) {
            return Optional.of("budget.code.unknown");
        }
        Object[] row = (Object[]) rows.get(0);
        if (((Number) row[0]).longValue() != contestId) {
            return Optional.of("budget.code.other-contest");
        }
        if (row[2] != null) {
            return Optional.of("budget.code.revoked");
        }
        return row[1] != null ? Optional.of("budget.code.used") : Optional.empty();
    }

    /** A school's published contest until its vote ends, its row locked (serials are given one batch at a time); for its code keepers. */
    private Contest handingOut(long contestId) {
        Contest contest = contests.find(contestId);
        permissions.require(BudgetAction.CODES, contest);
        if (!contest.isSchools()) {
            throw new ConflictException("budget.code.not-school");
        }
        em.refresh(contest, LockModeType.PESSIMISTIC_WRITE);
        if (!contest.isPublic() || contest.stage().compareTo(ContestStage.VOTING) > 0) {
            throw new ConflictException("budget.code.not-now");
        }
        return contest;
    }

    private void revokeUnused(Contest contest, int serial) {
        List<?> rows = em.createNativeQuery("select used_at, revoked_at from budget_voting_code where contest_id = ?1 and serial = ?2")
                .setParameter(1, contest.id()).setParameter(2, serial).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("budget.code.serial.unknown", serial);
        }
        Object[] row = (Object[]) rows.get(0);
        if (row[0] != null) {
            throw new ConflictException("budget.code.serial.used", serial);
        }
        if (row[1] != null) {
            throw new ConflictException("budget.code.serial.revoked", serial);
        }
        em.createNativeQuery("update budget_voting_code set revoked_at = ?1 where contest_id = ?2 and serial = ?3")
                .setParameter(1, clock.instant()).setParameter(2, contest.id()).setParameter(3, serial).executeUpdate();
    }

    private List<Issued> insert(Contest contest, int count) {
        int last = ((Number) em.createNativeQuery("select coalesce(max(serial), 0) from budget_voting_code where contest_id = ?1")
                .setParameter(1, contest.id()).getSingleResult()).intValue();
        Instant now = clock.instant();
        List<Issued> issued = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            String code = fresh();
            em.createNativeQuery("insert into budget_voting_code (community_id, contest_id, serial, code_hash, issued_at) values"
                    + " (?1, ?2, ?3, ?4, ?5)").setParameter(1, contest.communityId()).setParameter(2, contest.id()).setParameter(3, last + i)
                    .setParameter(4, hash(code)).setParameter(5, now).executeUpdate();
            issued.add(new Issued(last + i, code));
        }
        return issued;
    }

    private static String fresh() {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return new String(code);
    }
}
