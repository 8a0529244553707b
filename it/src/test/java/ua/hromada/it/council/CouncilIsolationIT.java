package ua.hromada.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.LongConsumer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Role;
import ua.hromada.core.tool.ToolSettings;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilPermissions;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.CouncilSettings;
import ua.hromada.it.support.InContainer;

/**
 * The permission table's rows as the beans enforce them (each action tried by a resident, a
 * deputy and the secretariat), and tenant isolation: the secretariat of community A neither acts
 * in B nor reaches B's drafts, sessions, deputies, factions or committees from A.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilIsolationIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("council-isolation-it", CouncilIsolationIT.class, CouncilWorld.class);
    }

    private CouncilWorld a;
    private CouncilWorld b;
    private CouncilReading reading;

    @BeforeEach
    void worlds() {
        a = new CouncilWorld("council-iso-a");
        b = new CouncilWorld("council-iso-b");
        reading = InContainer.bean(CouncilReading.class);
    }

    @Test
    void eachActionAdmitsWhomItsRowNamesAndNobodyElse() {
        long resident = a.person("Олена Мешканка", Role.RESIDENT);
        long deputy = a.deputy("Оксана Депутатка");
        long draft = a.draft("1-VIII");
        Map<CouncilAction, LongConsumer> attempts = new EnumMap<>(CouncilAction.class);
        attempts.put(CouncilAction.STRUCTURE, p -> a.as(p, () -> a.structure.addFaction("Фракція " + UUID.randomUUID())));
        attempts.put(CouncilAction.REGISTER, p -> a.as(p, () -> a.drafts.register(new ua.hromada.council.DraftDecisions.Registration(
                "R-" + UUID.randomUUID().toString().substring(0, 8), "Про затвердження Програми благоустрою скверів", "Виконком",
                a.committee, CouncilWorld.TEXT, null))));
        attempts.put(CouncilAction.REVISE, p -> a.as(p, () -> a.drafts.revise(draft, CouncilWorld.TEXT + " Нова редакція.", null)));
        attempts.put(CouncilAction.SESSIONS, p -> a.as(p, () -> a.sessions.plan("Сесія ради " + p, java.time.Instant.now(), null, true)));
        attempts.put(CouncilAction.READ, p -> a.as(p, () -> {
            a.desk.markRead(draft);
            return null;
        }));
        attempts.put(CouncilAction.NOTE, p -> a.as(p, () -> a.desk.writeNote(draft, "Нотатка " + p)));
        ToolSettings settings = InContainer.bean(ToolSettings.class);
        attempts.put(CouncilAction.CONFIGURE, p -> a.as(p, () -> {
            settings.change(a.community, "council", Map.of("council.composition", "34"));
            return null;
        }));
        long sitting = a.sittingNow(a.draft("2-VIII"));
        long item = a.items(sitting).get(0);
        // a deputy and the chair pass the table and then meet the sitting's own rules (no quorum, no roll call): not a refusal by role
        attempts.put(CouncilAction.ATTEND, p -> a.as(p, () -> {
            a.sittings.register(sitting, false);
            return null;
        }));
        attempts.put(CouncilAction.VOTE, p -> a.as(p, () -> {
            a.sittings.cast(Long.MAX_VALUE, ua.hromada.council.DeputyVote.Choice.FOR);
            return null;
        }));
        attempts.put(CouncilAction.CHAIR, p -> a.as(p, () -> a.sittings.open(sitting, item, ua.hromada.council.RollCall.Majority.COMPOSITION,
                60, null)));
        ua.hromada.council.CouncilMessages messages = InContainer.bean(ua.hromada.council.CouncilMessages.class);
        attempts.put(CouncilAction.COLLEAGUES, p -> a.as(p, messages::colleagues));
        // the other messages' rows admit a thread's members, not roles: CouncilMessagesIT tries each against every non-member
        Set<CouncilAction> membership = EnumSet.of(CouncilAction.WRITE, CouncilAction.ANSWER, CouncilAction.BLOCK);
        assertEquals(EnumSet.complementOf(EnumSet.copyOf(membership)), EnumSet.copyOf(attempts.keySet()), "an attempt for every other action");
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<CouncilAction, LongConsumer> attempt : attempts.entrySet()) {
            Set<Role> admitted = CouncilPermissions.TABLE.rows().get(attempt.getKey()).roles();
            for (Map.Entry<Role, Long> caller : Map.of(Role.RESIDENT, resident, Role.DEPUTY, deputy, Role.SECRETARIAT_OFFICER, a.secretary)
                    .entrySet()) {
                boolean expected = admitted.contains(caller.getKey());
                boolean allowed;
                try {
                    attempt.getValue().accept(caller.getValue());
                    allowed = true;
                } catch (ForbiddenException e) {
                    allowed = false;
                } catch (InvalidInputException | NotFoundException e) {
                    allowed = true; // past the table, refused by the action's own rule
                }
                if (allowed != expected) {
                    wrong.add(attempt.getKey() + " by " + caller.getKey() + ": " + (allowed ? "allowed" : "refused"));
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(Set.of(Role.SECRETARIAT_OFFICER), CouncilPermissions.TABLE.rows().get(CouncilAction.REVISE).roles(),
                "the expectations above follow the table, which says this");
        assertEquals(Set.of(Role.DEPUTY), CouncilPermissions.TABLE.rows().get(CouncilAction.NOTE).roles());
        assertEquals(1, InContainer.count("select count(*) from community_setting where community_id = ? and name = ? and value = '34'",
                a.community, CouncilSettings.COMPOSITION.name()), "the secretariat's change of the composition is kept");
    }

    @Test
    void theSecretariatOfOneCommunityActsInNoOther() {
        assertRefused(ForbiddenException.class, "access.forbidden", () -> b.in(a.actor(a.secretary), () -> b.structure.addFaction("Чужа фракція")));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> b.in(a.actor(a.secretary), () -> reading.sessions()));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> b.in(a.actor(a.secretary), () -> reading.drafts()));
        long draftOfB = b.draft("1-B");
        assertRefused(ForbiddenException.class, "access.forbidden", () -> b.in(a.actor(a.secretary),
                () -> b.drafts.revise(draftOfB, CouncilWorld.TEXT + " Чужа редакція.", null)));
        assertEquals(1, InContainer.count("select current_version from council_draft where id = ?", draftOfB));
    }

    @Test
    void bsRecordsAreNotFoundFromA() {
        long draftOfB = b.draft("2-B");
        long sessionOfB = b.session(draftOfB);
        long deputyOfB = b.deputy("Депутат Громади Б");
        long profileOfB = b.profileOf(deputyOfB);
        long factionOfB = b.as(b.secretary, () -> b.structure.addFaction("Фракція громади Б")).id();
        long deputyOfA = a.deputy("Депутатка Громади А");
        long sessionOfA = a.session();
        long s = a.secretary;
        assertRefused(NotFoundException.class, "council.draft.not-found", () -> a.as(s, () -> reading.draft(draftOfB)));
        assertRefused(NotFoundException.class, "council.draft.not-found", () -> a.as(s, () -> a.drafts.revise(draftOfB,
                CouncilWorld.TEXT + " Чужа редакція.", null)));
        assertRefused(NotFoundException.class, "council.draft.not-found", () -> a.as(s, () -> a.sessions.addItem(sessionOfA, draftOfB)));
        assertRefused(NotFoundException.class, "council.session.not-found", () -> a.as(s, () -> reading.plannedSession(sessionOfB)));
        assertRefused(NotFoundException.class, "council.session.not-found", () -> a.as(s, () -> reading.publishedSession(sessionOfB)));
        assertRefused(NotFoundException.class, "council.session.not-found", () -> a.as(s, () -> a.sessions.publish(sessionOfB)));
        assertRefused(NotFoundException.class, "council.deputy.not-found", () -> a.as(s, () -> a.structure.describeDeputy(profileOfB,
                null, List.of(), "Округ", null)));
        assertRefused(InvalidInputException.class, "council.deputy.faction.invalid", () -> a.as(s, () -> a.structure.describeDeputy(
                a.profileOf(deputyOfA), factionOfB, List.of(), null, null)));
        assertRefused(InvalidInputException.class, "council.deputy.committee", () -> a.as(s, () -> a.structure.describeDeputy(
                a.profileOf(deputyOfA), null, List.of(b.committee), null, null)));
        assertRefused(NotFoundException.class, "council.faction.not-found", () -> a.as(s, () -> a.structure.renameFaction(factionOfB,
                "Перейменована")));
        assertRefused(InvalidInputException.class, "council.deputy.not-deputy", () -> a.as(s, () -> a.structure.addDeputy(deputyOfB)));
        assertRefused(InvalidInputException.class, "council.draft.committee", () -> a.as(s, () -> a.drafts.register(
                new ua.hromada.council.DraftDecisions.Registration("3-A", "Про затвердження Програми благоустрою скверів", "Виконком",
                        b.committee, CouncilWorld.TEXT, null))));
        assertEquals(List.of("Депутатка Громади А"), a.as(s, () -> reading.deputies()).stream().map(d -> d.profile().name()).toList(),
                "A's public directory lists A's deputies only");
        assertEquals(1, InContainer.count("select count(*) from council_faction where id = ? and name = 'Фракція громади Б'", factionOfB));
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
