package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.ItSettings;
import ua.hromada.it.support.TestDatabase;

/**
 * A deadline that falls due while the application is undeployed is handled once it is deployed
 * again: the sweeper finds due rows, it does not rely on a timer per deadline.
 */
class SweeperCatchUpIT {

    @Test
    void deadlineDueDuringDowntimeIsHandledAfterRedeploy() throws Exception {
        String slug = "catchup-" + UUID.randomUUID().toString().substring(0, 8);
        long community = TestDatabase.community(slug, "Громада", "Community");
        try (ModelControllerClient management = ModelControllerClient.Factory.create(
                InetAddress.getByName("127.0.0.1"), ItSettings.managementPort())) {
            run(management, "undeploy");
            try {
                assertThat(Http.get("/api/v1/health").statusCode()).isEqualTo(404);
                // What a moderator scheduled before the downtime, due an hour ago:
                Instant dueAt = Instant.now().minus(Duration.ofHours(1));
                long id = TestDatabase.announcement(community, "Missed while down", "Body", "SCHEDULED", dueAt);
                TestDatabase.execute("insert into deadline (kind, subject_id, community_id, due_at, attempts)"
                        + " values ('announcement.publish', ?, ?, ?, 0)", id, community, Timestamp.from(dueAt));
            } finally {
                run(management, "deploy");
            }
        }
        Instant giveUp = Instant.now().plusSeconds(90);
        String body = "";
        while (Instant.now().isBefore(giveUp) && !body.contains("Missed while down")) {
            Thread.sleep(1000);
            body = Http.get("/api/v1/communities/" + slug + "/announcements").body();
        }
        assertThat(body).contains("Missed while down");
        assertThat(TestDatabase.count("select attempts from deadline d join announcement a on a.id = d.subject_id"
                + " where a.community_id = ? and d.kind = 'announcement.publish'", community)).isEqualTo(1);
    }

    private static void run(ModelControllerClient management, String operation) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("deployment", "hromada.ear");
        ModelNode result = management.execute(op);
        assertThat(result.get("outcome").asString()).as(result.toString()).isEqualTo("success");
    }
}
