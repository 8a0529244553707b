package ua.hromada.it.voting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.it.support.InContainer;
import ua.hromada.it.support.ItSettings;
import ua.hromada.tools.verify.VerifyCommand;

/**
 * {@code ./hromada verify}'s entry point against the real server, reading open data over HTTP as
 * anyone would: on an untouched closed vote it recounts the official result and exits 0; after one
 * ballot of the box is edited, deleted or inserted straight in the database (each on a fresh vote,
 * so nothing published before the tampering is read again) it exits 1 and says what failed.
 */
@ExtendWith(ArquillianExtension.class)
class VerifierRecountsIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("verifier-recounts-it", VerifierRecountsIT.class, VotingWorld.class, ItSettings.class)
                .addPackage(VerifyCommand.class.getPackage());
    }

    private VotingWorld world;

    @BeforeEach
    void world() {
        world = new VotingWorld("verifier");
    }

    @Test
    void theRecountFromOpenDataEqualsTheOfficialResult() {
        long vote = world.closedQuestion("Чи облаштувати сквер біля школи?", 5);
        Verdict verdict = verify(vote);
        assertEquals(0, verdict.status(), verdict.toString());
        assertTrue(verdict.out().contains("5 ballots recounted from the box: {1=3, 2=2}"), verdict.toString());
        assertTrue(verdict.out().contains("VERIFIED"), verdict.toString());
    }

    @Test
    void editingDeletingOrInsertingOneBallotInTheDatabaseFailsTheRecount() {
        for (VotingWorld.Tamper tamper : VotingWorld.Tamper.values()) {
            long vote = world.closedQuestion("Чи перенести зупинку? (" + tamper + ")", 4);
            assertEquals(0, verify(vote).status(), "intact before " + tamper);
            world.tamper(vote, tamper);
            Verdict verdict = verify(vote);
            assertEquals(1, verdict.status(), tamper + ": " + verdict);
            assertTrue(verdict.out().contains("FAILED: "), tamper + ": " + verdict);
            assertFalse(verdict.out().contains("VERIFIED"), tamper + ": " + verdict);
        }
    }

    @Test
    void aVoteWithoutPublishedBoxIsNotVerified() {
        long open = world.question("Чи відкрити ще одну бібліотеку?");
        Verdict verdict = verify(open);
        assertEquals(1, verdict.status(), verdict.toString());
        assertTrue(verdict.err().contains("no published box"), verdict.toString());
    }

    private Verdict verify(long vote) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = VerifyCommand.run(new String[] {"--base", ItSettings.baseUrl(), "--community", world.slug, "--vote", String.valueOf(vote)},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Verdict(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private record Verdict(int status, String out, String err) {
    }
}
