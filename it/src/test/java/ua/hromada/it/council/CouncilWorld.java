package ua.hromada.it.council;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.document.Upload;
import ua.hromada.core.tool.ToolSettings;
import ua.hromada.council.CouncilReading;
import ua.hromada.council.CouncilSessions;
import ua.hromada.council.CouncilSittings;
import ua.hromada.council.CouncilStructure;
import ua.hromada.council.DeputyDesk;
import ua.hromada.council.DraftDecisions;
import ua.hromada.it.support.CommunityWorld;
import ua.hromada.it.support.InContainer;

/** A fresh community with the council switched on: its secretary, one committee, deputies with profiles, and helpers to register drafts. */
public final class CouncilWorld extends CommunityWorld {
    public static final Actor ADMIN = Actor.system("council-it");
    public static final String TEXT = "1. Затвердити Програму благоустрою скверів громади на 2027 рік (додається).";
    public static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    public final CouncilStructure structure = InContainer.bean(CouncilStructure.class);
    public final DraftDecisions drafts = InContainer.bean(DraftDecisions.class);
    public final CouncilSessions sessions = InContainer.bean(CouncilSessions.class);
    public final DeputyDesk desk = InContainer.bean(DeputyDesk.class);
    public final CouncilSittings sittings = InContainer.bean(CouncilSittings.class);
    public final long secretary;
    public final long committee;

    public CouncilWorld(String prefix) {
        super(ADMIN, prefix, "Громада ради", "council");
        secretary = person("Софія Секретарка", Role.SECRETARIAT_OFFICER);
        committee = as(secretary, () -> structure.addCommittee("Постійна комісія з питань бюджету")).id();
    }

    /** A person with the DEPUTY role and a profile; answers the person's id. */
    public long deputy(String name) {
        long person = person(name, Role.DEPUTY);
        as(secretary, () -> structure.addDeputy(person));
        return person;
    }

    /** The profile id of a deputy {@link #deputy} made. */
    public long profileOf(long person) {
        return InContainer.count("select id from council_deputy where person_id = ? and community_id = ?", person, community);
    }

    public long draft(String number) {
        return as(secretary, () -> drafts.register(new DraftDecisions.Registration(number, "Про затвердження Програми благоустрою скверів",
                "Виконавчий комітет", committee, TEXT, null))).id();
    }

    /** A session next week with these drafts on its agenda, not yet published. */
    public long session(long... draftIds) {
        long session = as(secretary, () -> sessions.plan("Двадцята сесія ради", Instant.now().plus(7, ChronoUnit.DAYS), "Сесійна зала",
                false)).id();
        for (long draft : draftIds) {
            as(secretary, () -> sessions.addItem(session, draft));
        }
        return session;
    }

    /** A session that began a minute ago (so registration and votes are open), these drafts on its published agenda. */
    public long sittingNow(long... draftIds) {
        long session = as(secretary, () -> sessions.plan("Позачергова сесія ради", Instant.now().minus(1, ChronoUnit.MINUTES), null,
                true)).id();
        for (long draft : draftIds) {
            as(secretary, () -> sessions.addItem(session, draft));
        }
        as(secretary, () -> sessions.publish(session));
        return session;
    }

    /** The council's composition by law (12 makes a quorum of 7 and a majority of 7). */
    public void composition(int seats) {
        as(secretary, () -> {
            InContainer.bean(ToolSettings.class).change(community, "council", Map.of("council.composition", Integer.toString(seats)));
            return null;
        });
    }

    /** The agenda items' ids of a session, in order. */
    public List<Long> items(long session) {
        return as(secretary, () -> InContainer.bean(CouncilReading.class).agenda(InContainer.bean(CouncilReading.class)
                .plannedSession(session)).stream().map(l -> l.item().id()).toList());
    }

    public static Upload pdf(String name) {
        return new Upload(name, new ByteArrayInputStream(PDF));
    }
}
