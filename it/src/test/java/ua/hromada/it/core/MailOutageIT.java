package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.TestDatabase;

/**
 * The outbox delivers after commit and survives a mail server outage: a message queued while the
 * SMTP server is down is retried and arrives once it is back, exactly once.
 */
class MailOutageIT {
    private static final int SMTP_PORT = Integer.getInteger("hromada.it.smtp-port", 3125);

    private static long queue(String recipient, String subject) throws Exception {
        TestDatabase.execute("insert into outbox (recipient, subject, body, created_at, next_attempt_at, attempts)"
                + " values (?, ?, 'Тіло листа', now(6), now(6), 0)", recipient, subject);
        return TestDatabase.count("select id from outbox where subject = ?", subject);
    }

    private static void awaitTrue(Duration within, Check check) throws Exception {
        Instant giveUp = Instant.now().plus(within);
        while (!check.holds()) {
            assertThat(Instant.now()).as("waited %s", within).isBefore(giveUp);
            Thread.sleep(500);
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    @Test
    void messageQueuedDuringAnOutageArrivesOnceTheServerIsBack() throws Exception {
        String subject = "Outage " + UUID.randomUUID();
        long id = queue("resident@hromada.example", subject);
        // SMTP is down: the delivery timer (every 5 s) fails, records it and backs off.
        awaitTrue(Duration.ofSeconds(30), () -> TestDatabase.count("select attempts from outbox where id = ?", id) >= 1);
        assertThat(TestDatabase.count("select count(*) from outbox where id = ? and sent_at is null", id)).isEqualTo(1);

        GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            awaitTrue(Duration.ofSeconds(60), () -> TestDatabase.count("select count(*) from outbox where id = ? and sent_at is not null", id) == 1);
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(received).filteredOn(m -> subjectOf(m).equals(subject)).hasSize(1)
                    .allSatisfy(m -> assertThat(m.getAllRecipients()[0].toString()).isEqualTo("resident@hromada.example"));
        } finally {
            smtp.stop();
        }
    }

    private static String subjectOf(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
