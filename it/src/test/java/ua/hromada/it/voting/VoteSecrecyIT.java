package ua.hromada.it.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.access.Actor;
import ua.hromada.it.support.InContainer;
import ua.hromada.voting.VoteReading;

/**
 * Roll and box never meet. The schema test casts a known pattern of choices in a known order and
 * then tries to link the roll to the box by every pair of columns, by primary-key order, by the
 * rows' physical order, by the receipt index's order and (after the close) by the chain's order:
 * it fails if any of them gives away the voters' choices. The second test watches every log line,
 * audit entry, notice and mail written while people vote and the vote closes, and fails if any
 * names a voter beside a choice or a receipt. The third edits, deletes and inserts one ballot
 * straight in the database and expects the chain check against the published heads to fail.
 */
@ExtendWith(ArquillianExtension.class)
class VoteSecrecyIT {
    private static final int VOTERS = 36;

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("vote-secrecy-it", VoteSecrecyIT.class, VotingWorld.class);
    }

    private VotingWorld world;

    @BeforeEach
    void world() {
        world = new VotingWorld("vote-secrecy");
    }

    @Test
    void neitherColumnsNorAnyOrderLinkTheRollToTheBox() throws Exception {
        for (String table : List.of("vote_roll", "vote_ballot")) {
            assertEquals(0, InContainer.count("select count(*) from information_schema.columns where table_schema = database()"
                    + " and table_name = ? and (data_type in ('datetime', 'timestamp', 'date', 'time', 'year') or extra like '%auto_increment%'"
                    + " or column_default like '%current_timestamp%')", table), table + ": no time column, no auto-increment");
        }
        long vote = world.question("Чи підтримуєте ви зміну меж парку?");
        List<String> keysInCastingOrder = new ArrayList<>();
        Map<String, Integer> truth = new HashMap<>();
        for (int i = 0; i < VOTERS; i++) {
            long voter = world.resident("Виборець Схеми " + i);
            int choice = i % 3 + 1; // 1, 2, 3, 1, 2, 3 …: an order that matched would show at once
            world.cast(voter, vote, choice);
            String key = key(voter);
            keysInCastingOrder.add(key);
            truth.put(key, choice);
        }
        List<String> shared = sharedColumns();
        assertEquals(Set.of("vote_id", "community_id"), new HashSet<>(shared), "the roll and the box share only the vote's own columns");

        // every pair of columns: a join that narrows a voter's ballots below the whole box links them
        // pairs of the same kind (numbers with numbers, text with text): across kinds MariaDB compares a key's leading digits
        Map<String, String> rollColumns = kinds("vote_roll");
        Map<String, String> boxColumns = kinds("vote_ballot");
        for (String r : rollColumns.keySet()) {
            for (String b : boxColumns.keySet()) {
                if (!rollColumns.get(r).equals(boxColumns.get(b))) {
                    continue;
                }
                Map<String, Set<String>> joined = new HashMap<>();
                for (String[] row : rows("select r.person_key, b.ballot_id from vote_roll r join vote_ballot b on r." + r + " = b." + b
                        + " where r.vote_id = ? and b.vote_id = ?", vote, vote)) {
                    joined.computeIfAbsent(row[0], k -> new HashSet<>()).add(row[1]);
                }
                // a join tells voters apart if some voters meet other ballots than the rest (or some meet none)
                assertTrue(joined.isEmpty() || joined.size() == VOTERS && new HashSet<>(joined.values()).size() == 1,
                        "joining roll." + r + " = box." + b + " tells voters' ballots apart");
            }
        }
        List<String> rollByKey = column(rows("select person_key from vote_roll where vote_id = ? order by vote_id, person_key", vote));
        List<String> rollAsStored = column(rows("select person_key from vote_roll where vote_id = ?", vote));
        Map<String, List<Integer>> boxOrders = new HashMap<>();
        boxOrders.put("primary key", choices(rows("select choice from vote_ballot where vote_id = ? order by vote_id, ballot_id", vote)));
        boxOrders.put("physical", choices(rows("select choice from vote_ballot where vote_id = ?", vote)));
        boxOrders.put("receipt index", choices(rows("select choice from vote_ballot force index (uq_vote_ballot_receipt) where vote_id = ?"
                + " order by vote_id, receipt", vote)));
        world.close(vote);
        boxOrders.put("chain", world.in(VotingWorld.ADMIN, () -> world.reading.box(vote, 0, 1000)).stream()
                .map(VoteReading.BoxLine::choice).toList());
        for (Map.Entry<String, List<Integer>> box : boxOrders.entrySet()) {
            assertEquals(VOTERS, box.getValue().size());
            for (Map.Entry<String, List<String>> roll : Map.of("casting order", keysInCastingOrder, "roll key order", rollByKey,
                    "roll physical order", rollAsStored).entrySet()) {
                int matches = 0;
                for (int i = 0; i < VOTERS; i++) {
                    matches += truth.get(roll.getValue().get(i)).equals(box.getValue().get(i)) ? 1 : 0;
                }
                // by chance about a third match; a link would match (nearly) all
                assertTrue(matches < VOTERS * 3 / 4, "box in " + box.getKey() + " order beside the " + roll.getKey() + " reveals choices: "
                        + matches + " of " + VOTERS);
            }
        }
    }

    @Test
    void noLogLineAuditEntryNoticeOrMailNamesAVoterBesideAChoice() {
        List<String> lines = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                lines.add(record.getLoggerName() + " " + new java.util.logging.SimpleFormatter().formatMessage(record)
                        + (record.getThrown() == null ? "" : " " + record.getThrown()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        long vote = world.question("Чи підтримуєте ви зміну назви вулиці?");
        Map<Long, String> voters = new HashMap<>();
        for (int i = 0; i < 6; i++) {
            voters.put(world.resident("Таємна Виборниця " + UUID.randomUUID().toString().substring(0, 8)), null);
        }
        long noticesBefore = InContainer.count("select count(*) from notice");
        long mailBefore = InContainer.count("select count(*) from outbox");
        Logger root = Logger.getLogger("");
        root.addHandler(capture);
        List<String> receipts = new ArrayList<>();
        try {
            int i = 0;
            for (long voter : voters.keySet()) {
                receipts.add(world.cast(voter, vote, i++ % 3 + 1));
            }
            world.cast(voters.keySet().iterator().next(), vote, 2); // refused as a second ballot: no trace either
        } catch (RuntimeException expected) {
            // already voted
        } finally {
            world.close(vote);
            root.removeHandler(capture);
        }
        List<String> people = new ArrayList<>();
        for (long voter : voters.keySet()) {
            people.add(Actor.personName(voter));
            people.add(name(voter));
            people.add(key(voter));
        }
        for (String line : lines) {
            for (String marker : people) {
                assertFalse(line.contains(marker), "a log line names a voter: " + line);
            }
            for (String receipt : receipts) {
                assertFalse(line.contains(receipt), "a log line carries a receipt: " + line);
            }
        }
        for (String[] entry : rows("select actor, summary from audit_entry where community_id = ?", world.community)) {
            assertFalse(people.contains(entry[0]), "an audit entry names a voter as its actor: " + entry[0]);
            for (String receipt : receipts) {
                assertFalse(String.valueOf(entry[1]).contains(receipt), "an audit entry carries a receipt");
            }
        }
        assertEquals(noticesBefore, InContainer.count("select count(*) from notice"), "no notice");
        assertEquals(mailBefore, InContainer.count("select count(*) from outbox"), "no mail");
    }

    @Test
    void editingDeletingOrInsertingABallotInTheDatabaseFailsTheChainCheck() {
        for (VotingWorld.Tamper tamper : VotingWorld.Tamper.values()) {
            long vote = world.closedQuestion("Чи підтримуєте ви ремонт мосту? (" + tamper + ")", 4);
            assertEquals(List.of(), world.in(VotingWorld.ADMIN, () -> world.reading.verify(vote)), "intact before " + tamper);
            world.tamper(vote, tamper);
            assertNotEquals(List.of(), world.in(VotingWorld.ADMIN, () -> world.reading.verify(vote)), "the check after " + tamper);
        }
    }

    private String key(long person) {
        return rows("select person_key from person where id = ?", person).get(0)[0];
    }

    private String name(long person) {
        return rows("select full_name from person where id = ?", person).get(0)[0];
    }

    /** Each column of the table and its kind: number or text. */
    private static Map<String, String> kinds(String table) {
        Map<String, String> kinds = new HashMap<>();
        for (String[] row : rows("select column_name, data_type from information_schema.columns where table_schema = database()"
                + " and table_name = ?", table)) {
            kinds.put(row[0], row[1].matches("(?i).*(int|decimal|numeric|float|double).*") ? "number" : "text");
        }
        return kinds;
    }

    private static List<String> sharedColumns() {
        return column(rows("select r.column_name from information_schema.columns r join information_schema.columns b"
                + " on b.column_name = r.column_name and b.table_schema = r.table_schema and b.table_name = ?"
                + " where r.table_schema = database() and r.table_name = ?", "vote_ballot", "vote_roll"));
    }

    private static List<String> column(List<String[]> rows) {
        return rows.stream().map(r -> r[0]).toList();
    }

    private static List<Integer> choices(List<String[]> rows) {
        return rows.stream().map(r -> Integer.valueOf(r[0])).toList();
    }

    private static List<String[]> rows(String sql, Object... params) {
        try (Connection c = ((DataSource) new InitialContext().lookup("java:jboss/datasources/HromadaDS")).getConnection();
                PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            List<String[]> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                int n = r.getMetaData().getColumnCount();
                while (r.next()) {
                    String[] row = new String[n];
                    for (int i = 0; i < n; i++) {
                        row[i] = r.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException | javax.naming.NamingException e) {
            throw new IllegalStateException(e);
        }
    }
}
