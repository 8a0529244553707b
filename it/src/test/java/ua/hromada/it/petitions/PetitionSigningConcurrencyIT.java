package ua.hromada.it.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.TooManyRequestsException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.PetitionTally;
import ua.hromada.petitions.Signing;

/** Signing at once: the unique key, not luck, decides; counts are exact once the tally settles. */
@ExtendWith(ArquillianExtension.class)
class PetitionSigningConcurrencyIT {
    private static final int ATTEMPTS = 200;

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("petition-signing-concurrency-it", PetitionSigningConcurrencyIT.class, PetitionWorld.class);
    }

    private PetitionWorld world;
    private Signing signing;

    @BeforeEach
    void world() {
        world = new PetitionWorld("signing", Map.of(PetitionRules.THRESHOLD, "100000", PetitionRules.TEXT_MIN, "50"));
        signing = InContainer.bean(Signing.class);
    }

    @Test
    void twoHundredAttemptsOfOnePersonMakeOneSignature() throws Exception {
        long id = world.published(world.person("Авторка", Role.RESIDENT), world.person("Модератор", Role.LOCAL_MODERATOR), "Один підпис");
        Actor signer = world.actor(world.person("Наполеглива Підписантка", Role.RESIDENT));
        List<Object> outcomes = atOnce(ATTEMPTS, i -> signer, id);
        assertEquals(1, outcomes.stream().filter(Instant.class::isInstance).count(), "exactly one attempt signs");
        long conflicts = outcomes.stream().filter(ConflictException.class::isInstance).count();
        long limited = outcomes.stream().filter(TooManyRequestsException.class::isInstance).count();
        assertEquals(ATTEMPTS - 1, conflicts + limited, "the rest are refused: signed already, or too many attempts");
        assertTrue(conflicts >= 29, "the unique key refused the concurrent attempts the rate limit let through: " + conflicts);
        assertEquals(2, settledCount(id), "the author and the one signer");
    }

    @Test
    void twoHundredPeopleAtOnceMakeTwoHundredSignatures() throws Exception {
        long id = world.published(world.person("Автор", Role.RESIDENT), world.person("Модераторка", Role.LOCAL_MODERATOR), "Багато підписів");
        List<Actor> signers = new ArrayList<>();
        for (int i = 0; i < ATTEMPTS; i++) {
            signers.add(world.actor(world.person("Підписант " + i, Role.RESIDENT)));
        }
        List<Object> outcomes = atOnce(ATTEMPTS, signers::get, id);
        assertEquals(ATTEMPTS, outcomes.stream().filter(Instant.class::isInstance).count(), outcomes.toString());
        assertEquals(ATTEMPTS + 1, settledCount(id), "every signer and the author, exactly");
    }

    private int settledCount(long id) {
        world.in(PetitionWorld.ADMIN, () -> InContainer.bean(PetitionTally.class).settle(-1, Instant.now()));
        return world.in(Actor.ANONYMOUS, () -> InContainer.bean(PetitionReading.class).view(id)).signatureCount();
    }

    /** Runs {@code n} sign attempts released together; each outcome is the signing time or the refusal. */
    private List<Object> atOnce(int n, java.util.function.IntFunction<Actor> actor, long id) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                Actor a = actor.apply(i);
                Callable<Object> attempt = () -> {
                    start.await();
                    try {
                        return world.in(a, () -> signing.sign(id));
                    } catch (RuntimeException e) {
                        return e;
                    }
                };
                futures.add(pool.submit(attempt));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> f : futures) {
                outcomes.add(f.get());
            }
            return outcomes;
        } finally {
            pool.shutdown();
        }
    }
}
