package ua.hromada.it.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.ResidencyKind;
import ua.hromada.core.identity.Residencies;
import ua.hromada.core.tool.ToolSettings;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.Signature;
import ua.hromada.petitions.Signing;

/**
 * "Residents only" means verified residents: a declared residency signs a residents-only petition
 * only where the community's petition settings accept it, and every signature records which kind
 * of residency it relied on.
 */
@ExtendWith(ArquillianExtension.class)
class DeclaredResidencyIT {

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("declared-residency-it", DeclaredResidencyIT.class, PetitionWorld.class);
    }

    private PetitionWorld world;
    private Signing signing;
    private long petition;
    private long verified;
    private long declared;
    private long moderator;
    private long secretary;

    @BeforeEach
    void world() {
        world = new PetitionWorld("declared", Map.of());
        signing = InContainer.bean(Signing.class);
        verified = world.person("Вікторія Підтверджена", Role.RESIDENT);
        moderator = world.person("Максим Модератор", Role.LOCAL_MODERATOR);
        secretary = world.person("Світлана Секретарка", Role.SECRETARIAT_OFFICER);
        // signed in strongly, but the provider gave no address: the person declares where they live
        String id = UUID.randomUUID().toString();
        declared = world.people.signIn(id, "Дмитро Заявлений", "idgov", "sub-" + id).id();
        Acting.as(world.actor(declared), () -> InContainer.bean(Residencies.class).declare(world.community));
        petition = world.published(verified, moderator, "Освітлення парку біля ставка");
    }

    @Test
    void aDeclaredResidencyDoesNotSignAResidentsOnlyPetitionByDefault() {
        ForbiddenException refused = assertThrows(ForbiddenException.class, () -> world.as(declared, () -> signing.sign(petition)));
        assertEquals("petition.residents-only", refused.messageKey());
        assertEquals(ResidencyKind.VERIFIED, signatureOf(verified).residency(), "the author's own signature");
    }

    @Test
    void whereTheSettingsAcceptItTheSignatureSaysItWasDeclared() {
        world.as(moderator, () -> {
            InContainer.bean(ToolSettings.class).change(world.community, "petitions", Map.of("petitions.declared-residency", "true"));
            return null;
        });
        world.as(declared, () -> signing.sign(petition));
        assertEquals(ResidencyKind.DECLARED, signatureOf(declared).residency());
    }

    private Signature signatureOf(long person) {
        Page<Signature> page = world.as(secretary, () -> InContainer.bean(PetitionReading.class)
                .signatoriesToVerify(petition, null, Page.MAX_LIMIT));
        return page.items().stream().filter(s -> s.personId() == person).findFirst().orElseThrow();
    }
}
