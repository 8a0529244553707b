package ua.hromada.it.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.transaction.UserTransaction;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ConflictException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.AccountDeletion;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.Signing;

/**
 * An account deletion and a signature of the same person, interleaved in two transactions: the
 * later one waits for the earlier, and sees it. A deletion first leaves no signature behind; a
 * signature first is a public record, so the key stays and the same identity cannot sign again.
 */
@ExtendWith(ArquillianExtension.class)
class DeletionSigningRaceIT {

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("deletion-signing-race-it", DeletionSigningRaceIT.class, PetitionWorld.class);
    }

    private PetitionWorld world;
    private Signing signing;
    private AccountDeletion deletion;
    private ExecutorService other;
    private long petition;
    private long secretary;
    private String identifier;
    private long signer;

    @BeforeEach
    void world() {
        world = new PetitionWorld("deletion-race", Map.of());
        signing = InContainer.bean(Signing.class);
        deletion = InContainer.bean(AccountDeletion.class);
        other = Executors.newSingleThreadExecutor();
        long author = world.person("Авторка Перегонів", Role.RESIDENT);
        secretary = world.person("Секретар Перегонів", Role.SECRETARIAT_OFFICER);
        petition = world.published(author, world.person("Модератор Перегонів", Role.LOCAL_MODERATOR), "Сквер замість пустиря");
        identifier = UUID.randomUUID().toString();
        signer = world.people.signIn(identifier, "Підписант Перегонів", "idgov", "sub-" + identifier).id();
        Acting.as(PetitionWorld.ADMIN, () -> world.grants.grant(signer, world.community, Role.RESIDENT, null));
    }

    @AfterEach
    void stop() {
        other.shutdownNow();
    }

    private static UserTransaction transaction() throws Exception {
        return (UserTransaction) new InitialContext().lookup("java:comp/UserTransaction");
    }

    private boolean signed(long person) {
        return world.as(secretary, () -> InContainer.bean(PetitionReading.class).signatoriesToVerify(petition, null, Page.MAX_LIMIT))
                .items().stream().anyMatch(s -> s.personId() == person);
    }

    @Test
    void aSignatureDuringADeletionWaitsAndIsNotWritten() throws Exception {
        UserTransaction deleting = transaction();
        deleting.begin();
        world.as(signer, () -> {
            deletion.delete("ВИДАЛИТИ");
            return null;
        });
        Future<String> signature = other.submit(() -> {
            try {
                world.as(signer, () -> signing.sign(petition));
                return "signed";
            } catch (HromadaException e) {
                return e.messageKey();
            }
        });
        Thread.sleep(700);
        assertFalse(signature.isDone(), "the signature waits for the deletion's transaction");
        deleting.commit();
        assertNotEquals("signed", signature.get(20, TimeUnit.SECONDS));
        assertFalse(signed(signer), "no signature is left on the deleted account");
    }

    @Test
    void aDeletionDuringASignatureWaitsAndKeepsTheKeySoTheIdentityCannotSignAgain() throws Exception {
        // the actor is read before the transaction: its first query decides the transaction's tenant
        Actor actor = world.actor(signer);
        UserTransaction sign = transaction();
        sign.begin();
        world.in(actor, () -> signing.sign(petition));
        Future<?> deleted = other.submit(() -> world.as(signer, () -> {
            deletion.delete("ВИДАЛИТИ");
            return null;
        }));
        Thread.sleep(700);
        assertFalse(deleted.isDone(), "the deletion waits for the signature's transaction");
        sign.commit();
        deleted.get(20, TimeUnit.SECONDS);
        assertTrue(signed(signer), "the signature is a public record and stays");

        long again = world.people.signIn(identifier, "Підписант Перегонів", "idgov", "sub-" + identifier).id();
        assertEquals(signer, again, "the key stayed for the public record: the same person, reopened");
        Acting.as(PetitionWorld.ADMIN, () -> world.grants.grant(again, world.community, Role.RESIDENT, null));
        assertThrows(ConflictException.class, () -> world.as(again, () -> signing.sign(petition)), "one signature per identity");
    }
}
