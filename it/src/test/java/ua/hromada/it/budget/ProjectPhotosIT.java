package ua.hromada.it.budget;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.budget.ProjectPhoto;
import ua.hromada.budget.ProjectPhotos;
import ua.hromada.budget.SelectionRule;
import ua.hromada.budget.Voting;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.core.document.Documents;
import ua.hromada.core.identity.AccountDeletion;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;
import ua.hromada.it.support.TestPhotos;

/**
 * Photos of projects through the real beans and the real download: only JPEG and PNG (by their
 * content), within the store's size and a pixel bound, at most five to a proposal; the author's on
 * their own draft only, unseen by the public until it is submitted; served as a clean JPEG without
 * the EXIF block it came with (turned upright, the long side brought down); a paper project's by
 * its moderators, a submitted project's photo taken off by them, and a winner's implementation
 * photos by the moderators, audited; an account's
 * drafts take their photos with them.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectPhotosIT {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("project-photos-it", ProjectPhotosIT.class, BudgetWorld.class, TestPhotos.class);
    }

    private BudgetWorld world;
    private ProjectPhotos photos;
    private long moderator;
    private long resident;

    @BeforeEach
    void world() {
        world = new BudgetWorld("photos");
        photos = InContainer.bean(ProjectPhotos.class);
        moderator = world.person("Марта Модераторка", Role.LOCAL_MODERATOR);
        resident = world.person("Олег Мешканець", Role.RESIDENT);
    }

    @Test
    void onlyPhotosOfASaneSizeFiveToADraftItsAuthorsAlone() {
        BudgetWorld.OpenContest contest = world.submitting(moderator);
        long draft = world.as(resident, () -> world.submission.createDraft(contest.id(), BudgetWorld.project(contest.category(),
                "Сквер із фото", 300_000)).id());
        assertRefused(InvalidInputException.class, "document.not-photo", () -> add(resident, draft, "сквер.jpg",
                "це не фото, а текст".getBytes(StandardCharsets.UTF_8)));
        assertRefused(InvalidInputException.class, "document.not-photo", () -> add(resident, draft, "план.png", PDF));
        byte[] broken = java.util.Arrays.copyOf(TestPhotos.jpeg(40, 30), 60);
        assertRefused(InvalidInputException.class, "document.photo.unreadable", () -> add(resident, draft, "обрізане.jpg", broken));
        byte[] tooLong = java.util.Arrays.copyOf(TestPhotos.jpeg(40, 30), (int) Documents.maxBytes() + 1);
        assertRefused(InvalidInputException.class, "document.too-large", () -> add(resident, draft, "велике.jpg", tooLong));
        assertRefused(InvalidInputException.class, "document.photo.too-many-pixels", () -> add(resident, draft, "панорама.png",
                TestPhotos.hugePng(8000, 5001)));
        assertRefused(InvalidInputException.class, "budget.photo.caption.length", () -> world.as(resident, () -> photos.add(draft,
                "сквер.jpg", new ByteArrayInputStream(TestPhotos.jpeg(40, 30)), "д".repeat(301))));

        long other = world.person("Ірина Інша", Role.RESIDENT);
        assertRefused(NotFoundException.class, "budget.project.not-found", () -> add(other, draft, "чуже.jpg", TestPhotos.jpeg(40, 30)));
        assertRefused(NotFoundException.class, "budget.project.not-found", () -> add(moderator, draft, "чуже.jpg", TestPhotos.jpeg(40, 30)));

        ProjectPhoto first = add(resident, draft, "IMG_0001.png", TestPhotos.png(300, 200));
        for (int i = 2; i <= 5; i++) {
            add(resident, draft, "IMG_000" + i + ".jpg", TestPhotos.jpeg(60, 40));
        }
        assertRefused(InvalidInputException.class, "budget.photo.too-many", () -> add(resident, draft, "шосте.jpg", TestPhotos.jpeg(60, 40)));
        assertRefused(NotFoundException.class, "budget.project.not-found", () -> world.as(other, () -> {
            photos.remove(draft, first.id());
            return null;
        }));
        ProjectPhoto last = world.as(resident, () -> photos.of(draft, ProjectPhoto.Kind.PROPOSAL)).get(4);
        world.as(resident, () -> {
            photos.remove(draft, last.id());
            return null;
        });
        assertEquals(0, InContainer.count("select count(*) from stored_document where id = ?", last.documentId()),
                "a draft's photo taken off was never public: its record goes with it");
        assertEquals(4, world.as(resident, () -> photos.of(draft, ProjectPhoto.Kind.PROPOSAL)).size());
        assertTrue(InContainer.auditOf("budget-project", draft).stream().noneMatch(e -> e.action().startsWith("budget.photo")),
                "an author's draft is not an administrative matter");
    }

    @Test
    void aDraftsPhotoIsNotPublicUntilSubmittedAndIsServedWithoutItsExif() throws IOException {
        BudgetWorld.OpenContest contest = world.submitting(moderator);
        long draft = world.as(resident, () -> world.submission.createDraft(contest.id(), BudgetWorld.project(contest.category(),
                "Сквер із фото", 300_000)).id());
        byte[] upload = TestPhotos.jpegWithExif(2400, 1200);
        assertTrue(TestPhotos.contains(upload, "Exif") && TestPhotos.contains(upload, TestPhotos.EXIF_SECRET), "the upload has its EXIF");
        ProjectPhoto photo = world.as(resident, () -> photos.add(draft, "IMG_2041.JPG", new ByteArrayInputStream(upload),
                "  Старі лавки біля школи  "));
        assertEquals("Старі лавки біля школи", photo.caption());
        String path = "/" + world.slug + "/documents/" + photo.documentId() + ".jpg";
        assertEquals(404, Http.getBytes(InContainer.baseUrl(), path).statusCode(), "a draft's photo is not public, even by its number");
        assertFalse(world.in(Actor.ANONYMOUS, () -> photos.shows(photo.documentId())));
        assertTrue(world.as(resident, () -> photos.shows(photo.documentId())), "its author sees it");

        world.as(resident, () -> world.submission.submit(draft));
        HttpResponse<byte[]> served = Http.getBytes(InContainer.baseUrl(), path);
        assertEquals(200, served.statusCode());
        assertEquals("image/jpeg", served.headers().firstValue("Content-Type").orElse(""));
        assertTrue(served.headers().firstValue("Set-Cookie").isEmpty(), "no session for an anonymous reader");
        byte[] body = served.body();
        assertArrayEquals(new byte[] {(byte) 0xFF, (byte) 0xD8}, java.util.Arrays.copyOf(body, 2));
        assertFalse(TestPhotos.contains(body, "Exif"), "no EXIF block");
        assertFalse(TestPhotos.contains(body, TestPhotos.EXIF_SECRET), "nothing of the metadata");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(body));
        assertEquals(1000, image.getWidth(), "turned upright by its orientation, the long side brought to 2000 px");
        assertEquals(2000, image.getHeight());
        assertEquals(404, Http.getBytes(InContainer.baseUrl(), "/" + world.slug + "/documents/" + photo.documentId() + ".pdf").statusCode(),
                "a photo is not served as a PDF");
        BudgetWorld elsewhere = new BudgetWorld("photos-elsewhere");
        assertEquals(404, Http.getBytes(InContainer.baseUrl(), "/" + elsewhere.slug + "/documents/" + photo.documentId() + ".jpg")
                .statusCode(), "not through another community's address");
        assertRefused(ConflictException.class, "budget.project.submitted", () -> add(resident, draft, "пізно.jpg", TestPhotos.jpeg(60, 40)));
        assertRefused(ConflictException.class, "budget.project.submitted", () -> world.as(resident, () -> {
            photos.remove(draft, photo.id());
            return null;
        }));
        world.as(moderator, () -> {
            photos.remove(draft, photo.id());
            return null;
        });
        assertEquals(404, Http.getBytes(InContainer.baseUrl(), path).statusCode(), "taken off by the moderators: no longer served");
        assertEquals(List.of("budget.photo.remove"), InContainer.auditOf("budget-project", draft).stream().map(AuditEntry::action)
                .filter(a -> a.startsWith("budget.photo")).toList());
    }

    @Test
    void theModeratorsKeepAPaperProjectsPhotosAudited() {
        BudgetWorld.OpenContest contest = world.submitting(moderator);
        long paper = world.as(moderator, () -> world.submission.enterFromPaper(contest.id(), "Автор Паперового Бланка",
                BudgetWorld.project(contest.category(), "Паперовий проєкт", 300_000)).id());
        assertThrows(ForbiddenException.class, () -> add(resident, paper, "бланк.jpg", TestPhotos.jpeg(60, 40)), "moderators only");
        ProjectPhoto photo = add(moderator, paper, "бланк.jpg", TestPhotos.jpeg(60, 40));
        assertTrue(world.in(Actor.ANONYMOUS, () -> photos.shows(photo.documentId())), "a submitted project's photo is public");
        world.as(moderator, () -> {
            photos.remove(paper, photo.id());
            return null;
        });
        assertEquals(List.of("budget.photo.add", "budget.photo.remove"), InContainer.auditOf("budget-project", paper).stream()
                .map(AuditEntry::action).filter(a -> a.startsWith("budget.photo")).toList());
    }

    @Test
    void theModeratorsAddDatedPhotosOfAWinnersWork() {
        BudgetWorld.Ballot ballot = world.voting(moderator, resident, SelectionRule.BY_VOTES);
        long voter = world.person("Ірина Виборниця", Role.RESIDENT);
        long winner = ballot.district().get(0);
        long loser = ballot.district().get(1);
        world.as(voter, () -> InContainer.bean(Voting.class).vote(ballot.contest(), Set.of(winner)));
        world.in(BudgetWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(ballot.results(), 500));
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        assertRefused(ConflictException.class, "budget.implementation.not-won", () -> world.as(moderator, () -> photos.addWork(loser,
                "роботи.jpg", new ByteArrayInputStream(TestPhotos.jpeg(60, 40)), null, today)));
        assertThrows(ForbiddenException.class, () -> world.as(resident, () -> photos.addWork(winner, "роботи.jpg",
                new ByteArrayInputStream(TestPhotos.jpeg(60, 40)), null, today)));
        assertRefused(InvalidInputException.class, "budget.photo.taken.future", () -> world.as(moderator, () -> photos.addWork(winner,
                "роботи.jpg", new ByteArrayInputStream(TestPhotos.jpeg(60, 40)), null, today.plusDays(2))));
        ProjectPhoto work = world.as(moderator, () -> photos.addWork(winner, "роботи.jpg", new ByteArrayInputStream(TestPhotos.jpeg(60, 40)),
                "Поставили лавки", today.minusDays(1)));
        assertEquals(today.minusDays(1), world.in(Actor.ANONYMOUS, () -> photos.of(winner, ProjectPhoto.Kind.WORK)).get(0).takenOn());
        assertEquals(200, Http.getBytes(InContainer.baseUrl(), "/" + world.slug + "/documents/" + work.documentId() + ".jpg").statusCode());
        world.as(moderator, () -> {
            photos.remove(winner, work.id());
            return null;
        });
        assertEquals(List.of("budget.photo.work.add", "budget.photo.work.remove"), InContainer.auditOf("budget-project", winner).stream()
                .map(AuditEntry::action).filter(a -> a.startsWith("budget.photo")).toList());
    }

    @Test
    void aDeletedAccountsDraftsTakeTheirPhotos() {
        BudgetWorld.OpenContest contest = world.submitting(moderator);
        long leaving = world.person("Павло Що Йде", Role.RESIDENT);
        long draft = world.as(leaving, () -> world.submission.createDraft(contest.id(), BudgetWorld.project(contest.category(),
                "Чернетка з фото", 300_000)).id());
        ProjectPhoto photo = add(leaving, draft, "двір.jpg", TestPhotos.jpeg(60, 40));
        Acting.as(world.actor(leaving), () -> InContainer.bean(AccountDeletion.class).delete("ВИДАЛИТИ"));
        assertEquals(0, InContainer.count("select count(*) from budget_photo where project_id = ?", draft));
        assertEquals(0, InContainer.count("select count(*) from stored_document where id = ?", photo.documentId()));
    }

    private ProjectPhoto add(long person, long project, String name, byte[] bytes) {
        return world.as(person, () -> photos.add(project, name, new ByteArrayInputStream(bytes), null));
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
