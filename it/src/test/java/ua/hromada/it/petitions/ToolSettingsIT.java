package ua.hromada.it.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Role;
import ua.hromada.core.tool.ToolSetting;
import ua.hromada.core.tool.ToolSettings;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.PetitionSettings;

/**
 * Core's typed tool settings through the petitions manifest: defaults and bounds from the form
 * the manifest declares, checks across settings, all-or-nothing saving with an audit entry, the
 * tool's CONFIGURE row, and no settings for a tool that is not on or not registered.
 */
@ExtendWith(ArquillianExtension.class)
class ToolSettingsIT {

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("tool-settings-it", ToolSettingsIT.class, PetitionWorld.class);
    }

    private PetitionWorld world;
    private ToolSettings settings;
    private long moderator;
    private long resident;

    @BeforeEach
    void world() {
        world = new PetitionWorld("tool-settings", Map.of());
        settings = InContainer.bean(ToolSettings.class);
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        resident = world.person("Роман Мешканець", Role.RESIDENT);
    }

    private Map<String, String> values() {
        Map<ToolSetting, String> typed = world.as(resident, () -> settings.values(world.community, "petitions"));
        return typed.entrySet().stream().collect(java.util.stream.Collectors.toMap(e -> e.getKey().name(), Map.Entry::getValue));
    }

    private long audited() {
        return InContainer.auditOf("community", world.community).stream()
                .filter(entry -> entry.action().equals("petitions.settings")).count();
    }

    @Test
    void defaultsUntilAModeratorChangesThemWithinBoundsAndAudited() {
        assertEquals("100", values().get(PetitionRules.THRESHOLD), "the law's default");
        assertEquals("RESIDENTS", values().get(PetitionRules.SIGNERS));
        assertEquals(11, values().size(), "every setting the manifest declares");

        world.as(moderator, () -> {
            settings.change(world.community, "petitions", Map.of(PetitionRules.THRESHOLD, " 250 ", PetitionRules.SIGNERS, "SIGNED_IN"));
            return null;
        });
        assertEquals("250", values().get(PetitionRules.THRESHOLD));
        assertEquals(250, world.in(PetitionWorld.ADMIN, () -> InContainer.bean(PetitionSettings.class).current().threshold()),
                "the tool reads the typed value");
        assertEquals(1, audited());

        world.as(moderator, () -> {
            settings.change(world.community, "petitions", Map.of(PetitionRules.THRESHOLD, "250"));
            return null;
        });
        assertEquals(1, audited(), "nothing changed, nothing audited");
    }

    @Test
    void anythingOutOfBoundsUnknownOrCrossedSavesNothing() {
        for (Map<String, String> bad : java.util.List.of(
                Map.of(PetitionRules.THRESHOLD, "300", PetitionRules.COLLECTION_DAYS, "120"),
                Map.of(PetitionRules.THRESHOLD, "300", PetitionRules.SIGNERS, "EVERYONE"),
                Map.of(PetitionRules.THRESHOLD, "300", "petitions.unknown", "1"),
                Map.of(PetitionRules.THRESHOLD, "300", PetitionRules.TEXT_MIN, "6000", PetitionRules.TEXT_MAX, "5000"))) {
            assertThrows(InvalidInputException.class, () -> world.as(moderator, () -> {
                settings.change(world.community, "petitions", bad);
                return null;
            }), bad.toString());
        }
        assertEquals("100", values().get(PetitionRules.THRESHOLD), "the good value of a refused change is not saved either");
    }

    @Test
    void onlyTheToolsConfigureRowChangesThemAndOnlyForToolsOnHere() {
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> {
            settings.change(world.community, "petitions", Map.of(PetitionRules.THRESHOLD, "5"));
            return null;
        }));
        assertThrows(NotFoundException.class, () -> world.as(moderator, () -> settings.formOf(world.community, "budget")),
                "an unregistered tool has no settings");
        assertEquals("100", values().get(PetitionRules.THRESHOLD));
    }
}
