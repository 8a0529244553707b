package ua.hromada.it.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.TableQuery;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.PetitionSettings;
import ua.hromada.petitions.PetitionStatus;
import ua.hromada.petitions.RejectionReason;
import ua.hromada.petitions.ResponseDecision;

/**
 * Community B's petitions to community A's officials, by bean: with A's tenant they do not exist
 * (404), with B's tenant the officials of A are refused (403); B's petition stays as it was.
 */
@ExtendWith(ArquillianExtension.class)
class PetitionTenantIsolationIT {
    private static final TableQuery FIRST_PAGE = new TableQuery(0, 100, null, false, null);
    private static final String TITLE_B = "Ремонт мосту через річку в громаді Б";

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("petition-tenant-isolation-it", PetitionTenantIsolationIT.class, PetitionWorld.class);
    }

    private PetitionWorld a;
    private PetitionWorld b;
    private PetitionReading reading;
    private Actor moderatorOfA;
    private Actor secretaryOfA;
    private long submittedInA;
    private long submittedInB;

    @BeforeEach
    void twoCommunitiesEachWithASubmittedPetition() {
        a = new PetitionWorld("isolation-a", Map.of());
        b = new PetitionWorld("isolation-b", Map.of());
        reading = InContainer.bean(PetitionReading.class);
        moderatorOfA = a.actor(a.person("Модератор Громади А", Role.LOCAL_MODERATOR));
        secretaryOfA = a.actor(a.person("Секретарка Громади А", Role.SECRETARIAT_OFFICER));
        submittedInA = a.submitted(a.person("Авторка з громади А", Role.RESIDENT), "Лавки у сквері громади А");
        submittedInB = b.submitted(b.person("Автор з громади Б", Role.RESIDENT), TITLE_B);
    }

    @Test
    void withTheirOwnTenantOfficialsOfAFindNothingOfB() {
        assertEquals(List.of(submittedInA), a.in(moderatorOfA, () -> reading.queue(FIRST_PAGE)).rows().stream().map(Petition::id).toList(),
                "A's queue holds A's petition, and not B's");
        assertThrows(NotFoundException.class, () -> a.in(moderatorOfA, () -> reading.find(submittedInB)));
        assertThrows(NotFoundException.class, () -> a.in(moderatorOfA, () -> reading.view(submittedInB)));
        assertThrows(NotFoundException.class, () -> a.in(moderatorOfA, () -> a.petitions.publish(submittedInB)));
        assertThrows(NotFoundException.class, () -> a.in(moderatorOfA, () -> a.petitions.reject(submittedInB,
                RejectionReason.OTHER, "Відхилено з чужої громади")));
        assertThrows(NotFoundException.class, () -> a.in(moderatorOfA, () -> a.petitions.correct(submittedInB,
                "Назва з чужої громади", PetitionWorld.TEXT)));
        assertThrows(NotFoundException.class, () -> a.in(secretaryOfA, () -> a.petitions.answer(submittedInB,
                ResponseDecision.SUPPORTED, "Відповідь з чужої громади", null, null)));
        assertUnchangedInB();
    }

    @Test
    void withTheTenantOfBOfficialsOfAAreRefused() {
        PetitionSettings settings = InContainer.bean(PetitionSettings.class);
        int threshold = b.in(PetitionWorld.ADMIN, () -> settings.current().threshold());
        assertThrows(ForbiddenException.class, () -> b.in(moderatorOfA, () -> b.petitions.publish(submittedInB)));
        assertThrows(ForbiddenException.class, () -> b.in(moderatorOfA, () -> b.petitions.reject(submittedInB,
                RejectionReason.OTHER, "Відхилено з чужої громади")));
        assertThrows(ForbiddenException.class, () -> b.in(moderatorOfA, () -> reading.queue(FIRST_PAGE)));
        assertThrows(ForbiddenException.class, () -> b.in(moderatorOfA, () -> {
            settings.change(Map.of(PetitionRules.THRESHOLD, String.valueOf(threshold + 1)));
            return null;
        }));
        assertThrows(ForbiddenException.class, () -> b.in(secretaryOfA, () -> b.petitions.answer(submittedInB,
                ResponseDecision.SUPPORTED, "Відповідь з чужої громади", null, null)));
        assertEquals(threshold, b.in(PetitionWorld.ADMIN, () -> settings.current().threshold()), "B's rules unchanged");
        assertUnchangedInB();
    }

    private void assertUnchangedInB() {
        Petition petition = b.in(PetitionWorld.ADMIN, () -> reading.find(submittedInB));
        assertEquals(PetitionStatus.SUBMITTED, petition.status());
        assertEquals(TITLE_B, petition.title());
        assertEquals(b.community, petition.communityId());
    }
}
