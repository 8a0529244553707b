package ua.hromada.it.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.appeals.AppealEvent;
import ua.hromada.appeals.AppealKind;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.AppealStatus;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.deadline.DeadlineProcessing;
import ua.hromada.it.petitions.PetitionWorld;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.PetitionStatus;

/**
 * A petition that ends below its threshold in a community with appeals switched on becomes its
 * author's appeal there, numbered and on its own 30-day clock, in the secretariat's queue, and the
 * petition's page links to the appeal's public status page (number, status, dates; anonymous, no
 * session), which an ordinary appeal does not have; where appeals are off, the secretariat is told
 * by notice as before (PetitionLifecycleIT).
 */
@ExtendWith(ArquillianExtension.class)
class PetitionHandOverIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("petition-hand-over-it", PetitionHandOverIT.class, PetitionWorld.class);
    }

    @Test
    void aFailedPetitionBecomesItsAuthorsAppealWithItsOwnClock() {
        PetitionWorld world = new PetitionWorld("handover", Map.of(PetitionRules.THRESHOLD, "3", PetitionRules.TEXT_MIN, "50"), "appeals");
        long author = world.person("Олена Авторка", Role.RESIDENT);
        long moderator = world.person("Марко Модератор", Role.LOCAL_MODERATOR);
        long secretary = world.person("Софія Секретарка", Role.SECRETARIAT_OFFICER);
        long petition = world.published(author, moderator, "Ліхтарі на вулиці Садовій");
        world.in(PetitionWorld.ADMIN, () -> InContainer.bean(DeadlineProcessing.class).sweep(Instant.now().plus(Duration.ofDays(100)), 500));

        assertEquals(PetitionStatus.FORWARDED, world.in(Actor.ANONYMOUS, () -> InContainer.bean(PetitionReading.class).view(petition))
                .status());
        AppealReading reading = InContainer.bean(AppealReading.class);
        List<AppealReading.Mine> mine = world.as(author, reading::mine);
        assertEquals(1, mine.size(), "the author's appeal");
        AppealReading.Record record = world.as(author, () -> reading.own(mine.get(0).id()));
        assertEquals(AppealKind.PROPOSAL, record.appeal().kind());
        assertEquals("Ліхтарі на вулиці Садовій", record.appeal().subject());
        assertEquals(AppealStatus.REGISTERED, record.appeal().status());
        assertTrue(record.appeal().text().startsWith(PetitionWorld.TEXT), "the petition's text");
        assertTrue(record.appeal().text().endsWith("/petitions/" + petition), "and its link");
        assertTrue(Duration.between(record.appeal().filedAt(), record.appeal().dueAt()).toDays() >= 29, "its own 30-day clock");
        assertEquals(AppealEvent.Kind.FILED, record.history().get(0).kind());
        assertTrue(record.history().get(0).note().endsWith("/petitions/" + petition), "the history names where it came from");
        assertEquals(1, world.as(secretary, () -> reading.queue(new ua.hromada.core.TableQuery(0, 20, null, false, null),
                AppealReading.QueueFilter.waiting())).total(), "in the secretariat's queue");

        long appeal = record.appeal().id();
        String status = "/appeals/status/" + appeal;
        assertEquals(status, world.in(Actor.ANONYMOUS, () -> InContainer.bean(PetitionReading.class).view(petition)).handedOverTo());
        HttpResponse<String> petitionPage = Http.get(InContainer.baseUrl(), "/" + world.slug + "/petitions/" + petition, "uk");
        assertTrue(petitionPage.body().contains("/" + world.slug + status), "the petition's page links to the appeal's status");
        HttpResponse<String> page = Http.get(InContainer.baseUrl(), "/" + world.slug + status, "uk");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains(record.appeal().number()) && page.body().contains("Зареєстровано, розглядається"), page.body());
        assertFalse(page.body().contains("Олена Авторка"), "no personal data");
        assertTrue(page.headers().allValues("Set-Cookie").stream().noneMatch(c -> c.startsWith("JSESSIONID")), "no session");
        long ordinary = world.as(author, () -> InContainer.bean(ua.hromada.appeals.Appeals.class).file(new ua.hromada.appeals.Appeals.Filing(
                AppealKind.STATEMENT, null, "Особисте звернення", PetitionWorld.TEXT, null, false)).id());
        assertEquals(404, Http.get(InContainer.baseUrl(), "/" + world.slug + "/appeals/status/" + ordinary, "uk").statusCode(),
                "an ordinary appeal has no public status");
    }
}
