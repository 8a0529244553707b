package ua.hromada.it.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.announcement.Announcement;
import ua.hromada.core.announcement.AnnouncementService;
import ua.hromada.core.announcement.AnnouncementStatus;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.InContainer;

/** Community A's announcements are invisible and unchangeable from community B: bean, page, API. */
@ExtendWith(ArquillianExtension.class)
class TenantIsolationIT {
    private static final Actor ADMIN = Actor.system("tenant-isolation-it");

    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("tenant-isolation-it", TenantIsolationIT.class);
    }

    private AnnouncementService announcements;
    private String slugA;
    private String slugB;
    private long a;
    private long b;
    private Announcement ofA;

    @BeforeEach
    void twoCommunitiesAndAnAnnouncementOfA() {
        announcements = InContainer.bean(AnnouncementService.class);
        Community communityA = InContainer.newCommunity(ADMIN, "a", "Громада А", "petitions");
        Community communityB = InContainer.newCommunity(ADMIN, "b", "Громада Б");
        slugA = communityA.slug();
        slugB = communityB.slug();
        a = communityA.id();
        b = communityB.id();
        ofA = Acting.as(ADMIN, () -> CurrentCommunity.callAs(a,
                () -> announcements.publish("Only for " + slugA, "Body of A", null)));
    }

    @Test
    void beanOfCommunityBNeitherSeesNorChangesAnnouncementOfA() {
        CurrentCommunity.callAs(b, () -> {
            assertThrows(NotFoundException.class, () -> announcements.published(ofA.id()));
            assertTrue(announcements.published(null, 100).items().stream().noneMatch(x -> x.id().equals(ofA.id())));
            assertThrows(NotFoundException.class, () -> Acting.as(ADMIN, () -> announcements.withdraw(ofA.id())));
            return null;
        });
        Announcement stillThere = CurrentCommunity.callAs(a, () -> announcements.published(ofA.id()));
        assertEquals(AnnouncementStatus.PUBLISHED, stillThere.status());
        assertEquals(a, stillThere.communityId());
    }

    @Test
    void pageOfCommunityBDoesNotShowAnnouncementOfA() {
        HttpResponse<String> pageA = Http.get(InContainer.baseUrl(), "/" + slugA + "/", null);
        HttpResponse<String> pageB = Http.get(InContainer.baseUrl(), "/" + slugB + "/", null);
        assertEquals(200, pageA.statusCode());
        assertEquals(200, pageB.statusCode());
        assertTrue(pageA.body().contains(ofA.title()));
        assertFalse(pageB.body().contains(ofA.title()));
        assertTrue(pageB.body().contains("Громада Б"));
    }

    @Test
    void apiOfCommunityBAnswers404ForAnnouncementOfA() {
        String base = InContainer.baseUrl() + "/api/v1/communities/";
        assertEquals(200, Http.get(base + slugA + "/announcements/" + ofA.id(), "", null).statusCode());
        HttpResponse<String> fromB = Http.get(base + slugB + "/announcements/" + ofA.id(), "", null);
        assertEquals(404, fromB.statusCode());
        assertTrue(fromB.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertFalse(Http.get(base + slugB + "/announcements", "", null).body().contains(ofA.title()));
        assertTrue(Http.get(base + slugA + "/announcements", "", null).body().contains(ofA.title()));
    }

    @Test
    void withoutACommunityNothingCommunityOwnedIsReachable() {
        assertThrows(Exception.class, () -> announcements.published(null, 10));
        CurrentCommunity.callAs(CurrentCommunity.NONE, () -> {
            assertThrows(Exception.class, () -> announcements.published(ofA.id()));
            return null;
        });
    }
}
