package ua.hromada.it.council;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.appeals.AppealReading;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.TimeSource;
import ua.hromada.core.TooManyRequestsException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.TokenAccess;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.document.Upload;
import ua.hromada.core.identity.SignInException;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tool.AddressedToPerson;
import ua.hromada.council.CouncilMessages;
import ua.hromada.council.MessageDemoData;
import ua.hromada.council.MessageThread;
import ua.hromada.it.support.InContainer;
import ua.hromada.it.support.TestPhotos;

/**
 * A thread is its two members' only: every other person — another resident, another deputy, the
 * secretariat, local and national moderators, a platform administrator (who holds every role), the
 * people of another community — is told it does not exist, by read, write, block and download; a
 * blocked resident writes to that deputy no more until unblocked (both audited); a refused file
 * stores nothing; read marks follow who read what; the other member is told without the text.
 */
@ExtendWith(ArquillianExtension.class)
class CouncilMessagesIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("council-messages-it", CouncilMessagesIT.class, CouncilWorld.class, TestPhotos.class);
    }

    private static final String TEXT = "Добрий день! Після дощу у дворі на Яблунській, 14 стоїть калюжа біля під’їзду № 2.";

    private CouncilMessages messages;
    private CouncilWorld world;
    private long oksana;
    private long taras;
    private long thread;
    private long firstDocument;

    @BeforeEach
    void world() {
        messages = InContainer.bean(CouncilMessages.class);
        world = new CouncilWorld("council-messages");
        oksana = world.deputy("Оксана Депутатка");
        taras = world.person("Тарас Сусід", Role.RESIDENT);
        long profile = world.profileOf(oksana);
        thread = world.as(taras, () -> messages.writeToDeputy(profile, "Двір на Яблунській, 14", TEXT, List.of(CouncilWorld.pdf("yard.pdf"))))
                .id();
        firstDocument = InContainer.count("select a.document_id from council_message_attachment a join council_message m on m.id = a.message_id"
                + " where m.thread_id = ?", thread);
    }

    @Test
    void everyoneButTheTwoMembersIsToldTheThreadDoesNotExist() {
        long admin = world.person("Марко Адміністратор");
        long national = world.person("Ніна Національна");
        // platform roles held by the actor, not stored: a stored platform administrator would outlive this test
        // (PersonSignsInIT's first administrator is made only while there is none)
        Actor administrator = new Actor(Actor.personName(admin), Set.of(Role.PLATFORM_ADMIN), Map.of(), admin, SignInStrength.STRONG);
        Actor nationalModerator = new Actor(Actor.personName(national), Set.of(Role.NATIONAL_MODERATOR), Map.of(), national, SignInStrength.STRONG);
        Map<String, Actor> strangers = new LinkedHashMap<>();
        strangers.put("another resident", world.actor(world.person("Олена Мешканка", Role.RESIDENT)));
        strangers.put("another deputy", world.actor(world.deputy("Петро Коваленко")));
        strangers.put("the secretariat", world.actor(world.secretary));
        strangers.put("a local moderator", world.actor(world.person("Ліна Модераторка", Role.LOCAL_MODERATOR)));
        strangers.put("a national moderator", nationalModerator);
        strangers.put("the platform administrator", administrator);
        for (Map.Entry<String, Actor> stranger : strangers.entrySet()) {
            Actor actor = stranger.getValue();
            notFound(stranger.getKey() + " reads", () -> world.in(actor, () -> messages.conversation(thread)));
            notFound(stranger.getKey() + " writes", () -> world.in(actor, () -> messages.reply(thread, "Втручаюся", List.of())));
            notFound(stranger.getKey() + " blocks", () -> world.in(actor, () -> {
                messages.block(thread);
                return null;
            }));
            assertFalse(world.in(actor, () -> messages.shows(firstDocument)), stranger.getKey() + " downloads the attachment");
            assertTrue(world.in(actor, () -> messages.mine()).stream().noneMatch(t -> t.threadId() == thread), stranger.getKey() + " lists it");
        }
        assertEquals(1, InContainer.count("select count(*) from council_message where thread_id = ?", thread), "nothing was written");
        assertEquals(0, InContainer.count("select count(*) from council_block where deputy_id = ?", oksana));
        assertEquals(TEXT, world.as(oksana, () -> messages.conversation(thread)).messages().get(0).message().text());
        assertTrue(world.as(taras, () -> messages.shows(firstDocument)));
        assertTrue(world.as(oksana, () -> messages.shows(firstDocument)));
    }

    @Test
    void anotherCommunitysPeopleReachNothingAndTheThreadIsNotFoundThere() {
        CouncilWorld other = new CouncilWorld("council-messages-other");
        long stranger = other.deputy("Чужий Депутат");
        long resident = other.person("Чужа Мешканка", Role.RESIDENT);
        for (long person : new long[] {stranger, resident, other.secretary}) {
            notFound("in its own community", () -> world.in(other.actor(person), () -> messages.conversation(thread)));
            notFound("in the other community", () -> other.as(person, () -> messages.conversation(thread)));
            notFound("writes from the other community", () -> other.as(person, () -> messages.reply(thread, "Чуже", List.of())));
        }
        // the thread's own members, asking through another community's address, do not find it either
        notFound("its own resident, elsewhere", () -> other.in(world.actor(taras), () -> messages.conversation(thread)));
        assertFalse(other.in(world.actor(taras), () -> messages.shows(firstDocument)), "not served under another community's address");
        // nor can a resident write to another community's deputy through this community
        long foreignProfile = other.profileOf(stranger);
        assertRefused(NotFoundException.class, "council.deputy.not-found",
                () -> world.as(taras, () -> messages.writeToDeputy(foreignProfile, "Тема листа", "Текст", List.of())));
        assertEquals(1, InContainer.count("select count(*) from council_message where thread_id = ?", thread));
    }

    @Test
    void theOfficialSideNeedsAStrongSessionAndNoTokenEverWrites() {
        Actor phone = world.people.actorOf(oksana, SignInStrength.BASIC);
        assertRefused(ForbiddenException.class, "council.strong-sign-in-required", () -> world.in(phone, () -> messages.conversation(thread)));
        Actor weakResident = world.people.actorOf(taras, SignInStrength.BASIC);
        assertEquals(1, world.in(weakResident, () -> messages.conversation(thread)).messages().size(), "a resident writes after any sign-in");
        for (TokenScope scope : TokenScope.values()) {
            Actor token = world.actor(taras).through(new TokenAccess(1L, world.community, scope));
            assertRefused(ForbiddenException.class, "token.scope.insufficient", () -> world.in(token, () -> messages.reply(thread, "Бот", List.of())));
            assertRefused(ForbiddenException.class, "token.scope.insufficient", () -> world.in(token, () -> messages.conversation(thread)));
        }
        assertRefused(SignInException.class, "council.sign-in-required",
                () -> world.in(Actor.ANONYMOUS, () -> messages.conversation(thread)));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(taras, () -> messages.colleagues()));
        assertRefused(ForbiddenException.class, "access.forbidden", () -> world.as(taras, () -> {
            messages.block(thread);
            return null;
        }));
    }

    @Test
    void aBlockedResidentCannotWriteToThatDeputyUntilUnblockedAndBothAreAudited() {
        long profile = world.profileOf(oksana);
        world.as(oksana, () -> {
            messages.block(thread);
            return null;
        });
        assertRefused(ForbiddenException.class, "council.messages.blocked", () -> world.as(taras, () -> messages.reply(thread, "Ще раз", List.of())));
        assertRefused(ForbiddenException.class, "council.messages.blocked",
                () -> world.as(taras, () -> messages.writeToDeputy(profile, "Нова тема", "Ще раз", List.of())));
        assertTrue(world.as(taras, () -> messages.conversation(thread)).blocked(), "the resident still reads and sees why");
        world.as(oksana, () -> messages.reply(thread, "Розмову завершено.", List.of()));
        // another deputy is not blocked for him
        long petro = world.deputy("Петро Коваленко");
        world.as(taras, () -> messages.writeToDeputy(world.profileOf(petro), "Освітлення на Вокзальній", "Не світять ліхтарі.", List.of()));
        assertEquals(1, InContainer.count("select count(*) from audit_entry where action = 'council.messages.block' and object_id = ?",
                String.valueOf(taras)));
        world.as(oksana, () -> {
            messages.unblock(thread);
            return null;
        });
        world.as(taras, () -> messages.reply(thread, "Дякую, що розблокували.", List.of()));
        assertFalse(world.as(oksana, () -> messages.conversation(thread)).blocked());
        assertEquals(1, InContainer.count("select count(*) from audit_entry where action = 'council.messages.unblock' and object_id = ?",
                String.valueOf(taras)));
        assertEquals(3, InContainer.count("select count(*) from council_message where thread_id = ?", thread));
    }

    @Test
    void aRefusedFileStoresNothingAndWritesNothing() {
        long documents = InContainer.count("select count(*) from stored_document");
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        byte[] tooLarge = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 8);
        assertRefused(InvalidInputException.class, "document.not-pdf-or-photo", () -> world.as(taras, () -> messages.reply(thread, "З файлом",
                List.of(CouncilWorld.pdf("ok.pdf"), new Upload("virus.pdf", new ByteArrayInputStream(program))))));
        assertRefused(InvalidInputException.class, "document.too-large", () -> world.as(taras, () -> messages.reply(thread, "З файлом",
                List.of(new Upload("big.pdf", new ByteArrayInputStream(tooLarge))))));
        assertRefused(InvalidInputException.class, "council.messages.attachments.too-many", () -> world.as(taras, () -> messages.reply(thread,
                "Забагато", List.of(CouncilWorld.pdf("1.pdf"), CouncilWorld.pdf("2.pdf"), CouncilWorld.pdf("3.pdf"), CouncilWorld.pdf("4.pdf")))));
        assertEquals(documents, InContainer.count("select count(*) from stored_document"), "no document stored");
        assertEquals(1, InContainer.count("select count(*) from council_message where thread_id = ?", thread), "no message written");
        world.as(taras, () -> messages.reply(thread, "Фото калюжі", List.of(new Upload("photo.png", new ByteArrayInputStream(
                TestPhotos.png(40, 30))))));
        assertEquals(documents + 1, InContainer.count("select count(*) from stored_document"));
    }

    @Test
    void readMarksFollowWhoReadWhat() {
        assertEquals(1, unread(oksana), "the deputy has one new message");
        assertEquals(0, unread(taras), "the writer has read what they wrote");
        assertFalse(world.as(taras, () -> messages.conversation(thread)).messages().get(0).readByOther(), "not read by the deputy yet");
        CouncilMessages.Conversation read = world.as(oksana, () -> messages.conversation(thread));
        assertFalse(read.messages().get(0).mine());
        assertEquals(0, unread(oksana));
        assertTrue(world.as(taras, () -> messages.conversation(thread)).messages().get(0).readByOther(), "read by the deputy");
        world.as(oksana, () -> messages.reply(thread, "Дякую, передала до відділу ЖКГ.", List.of()));
        assertEquals(1, unread(taras));
        CouncilMessages.Conversation answered = world.as(taras, () -> messages.conversation(thread));
        assertEquals("Оксана Депутатка", answered.with());
        assertEquals(List.of(true, false), answered.messages().stream().map(CouncilMessages.Line::mine).toList());
        assertEquals(0, unread(taras));
    }

    @Test
    void theOtherMemberIsToldWithoutTheSubjectOrTheText() {
        InContainer.execute("update person set email = ? where id = ?", "oksana-" + oksana + "@example.org", oksana);
        world.as(taras, () -> messages.reply(thread, "Таємна деталь: код від під’їзду 1234", List.of()));
        assertEquals(2, InContainer.count("select count(*) from notice where person_id = ? and link like ?", oksana,
                "%/" + world.slug + "/council/messages/" + thread), "told of both messages, with a link to the thread");
        assertEquals(0, InContainer.count("select count(*) from notice where person_id = ?", taras), "the writer is not told of their own");
        assertEquals(1, InContainer.count("select count(*) from outbox where recipient = ?", "oksana-" + oksana + "@example.org"));
        assertEquals(0, InContainer.count("select count(*) from outbox where recipient = ? and (body like '%1234%' or body like '%Яблунській%'"
                + " or subject like '%Яблунській%' or body like '%Тарас%')", "oksana-" + oksana + "@example.org"));
    }

    @Test
    void colleaguesWriteToEachOtherAndTheDirectoryListsDeputiesAndTheSecretariat() {
        long petro = world.deputy("Петро Коваленко");
        long resident = world.person("Олена Мешканка", Role.RESIDENT);
        assertEquals(List.of("Оксана Депутатка", "Петро Коваленко", "Софія Секретарка"),
                world.as(petro, () -> messages.colleagues()).stream().map(CouncilMessages.Colleague::name).toList());
        MessageThread between = world.as(petro, () -> messages.writeToColleague(oksana, "Проєкт № 247", "Обговорімо перехід.", List.of()));
        world.as(world.secretary, () -> messages.writeToColleague(oksana, "Звіт депутата", "Нагадуємо про звіт.", List.of()));
        assertRefused(NotFoundException.class, "council.colleague.not-found",
                () -> world.as(petro, () -> messages.writeToColleague(resident, "Не колега", "Текст", List.of())));
        assertRefused(NotFoundException.class, "council.colleague.not-found",
                () -> world.as(petro, () -> messages.writeToColleague(petro, "Собі", "Текст", List.of())));
        assertRefused(ForbiddenException.class, "council.not-owner", () -> world.as(oksana, () -> {
            messages.block(between.id()); // colleagues are not blocked
            return null;
        }));
        notFound("the secretariat reads the deputies' thread", () -> world.as(world.secretary, () -> messages.conversation(between.id())));
        assertEquals(3, world.as(oksana, () -> messages.mine()).size());
    }

    @Test
    void theAppealsAddressedToADeputyAndWaitingAreCountedPerCommunity() {
        InContainer.execute("insert into appeal (community_id, number, kind, applicant_id, applicant_name, subject, text, publishable, status,"
                + " filed_at, due_at, updated_at, deputy_id) values (?, concat('M-', ?), 'PROPOSAL', ?, 'Тарас Сусід', 'Лавка у дворі',"
                + " 'Прошу замінити лавку.', false, 'REGISTERED', now(6), now(6) + interval 20 day, now(6), ?)",
                world.community, thread, taras, oksana);
        InContainer.execute("insert into appeal (community_id, number, kind, applicant_id, applicant_name, subject, text, publishable, status,"
                + " filed_at, due_at, updated_at, deputy_id) values (?, concat('N-', ?), 'PROPOSAL', ?, 'Тарас Сусід', 'Відповіли',"
                + " 'Вже відповіли.', false, 'ANSWERED', now(6), now(6) + interval 5 day, now(6), ?)", world.community, thread, taras, oksana);
        // the appeals tool's answer to its manifest's addressedTo (AppealsTool hands it on); the cabinet's page is ResidentWritesToDeputyUiIT's
        List<AddressedToPerson> addressed = InContainer.bean(AppealReading.class).addressedTo(oksana);
        assertEquals(1, addressed.size(), "one community's line: " + addressed);
        assertEquals(world.slug, addressed.get(0).communitySlug());
        assertEquals(1, addressed.get(0).count(), "the answered one waits no more");
        assertTrue(InContainer.bean(AppealReading.class).addressedTo(taras).isEmpty(), "nothing addressed to him");
    }

    @Test
    void writingFastIsStoppedAtTheLimit() {
        // at the start of a later minute (the first message was this minute's), so the window does not turn during the loop
        TimeSource.asIf(Instant.now().truncatedTo(ChronoUnit.MINUTES).plus(2, ChronoUnit.MINUTES), () -> {
            for (int i = 0; i < CouncilMessages.MESSAGES_PER_MINUTE; i++) {
                int n = i;
                world.as(taras, () -> messages.reply(thread, "Ще одне, номер " + n, List.of()));
            }
            assertThrows(TooManyRequestsException.class, () -> world.as(taras, () -> messages.reply(thread, "Забагато за хвилину", List.of())));
            return null;
        });
        assertEquals(1 + CouncilMessages.MESSAGES_PER_MINUTE, InContainer.count("select count(*) from council_message where thread_id = ?", thread));
    }

    @Test
    void theDemoCorrespondenceIsWrittenThroughTheBeans() {
        long petro = world.deputy("Петро Коваленко");
        InContainer.bean(MessageDemoData.class).load(world.community, world.secretary, oksana, petro);
        List<CouncilMessages.MyThread> hers = world.as(oksana, () -> messages.mine());
        assertEquals(4, hers.size(), "this test's thread, the yard, the crossing, the report");
        assertTrue(hers.stream().anyMatch(t -> t.subject().startsWith("Двір на Яблунській, 14: калюжі")));
        assertEquals(1, hers.stream().filter(t -> t.subject().startsWith("Двір")).findFirst().orElseThrow().unread(), "his thanks, unread");
        List<CouncilMessages.MyThread> his = world.as(petro, () -> messages.mine());
        assertEquals(List.of("Оксана Депутатка"), his.stream().map(CouncilMessages.MyThread::with).toList());
        assertEquals(0, his.get(0).unread(), "he answered the last message");
    }

    private long unread(long person) {
        return world.as(person, () -> messages.mine()).stream().filter(t -> t.threadId() == thread).findFirst().orElseThrow().unread();
    }

    private static void notFound(String who, Runnable attempt) {
        HromadaException e = assertThrows(NotFoundException.class, attempt::run, who);
        assertEquals("council.messages.not-found", e.messageKey(), who);
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
