package ua.hromada.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a test reads the one-time codes the server sent: e-mail through GreenMail (standing in for
 * the operator's SMTP server on the mail session's port) and SMS from the server log, where the
 * development SMS gateway writes them. Nothing in the application gives codes away to tests.
 */
public final class CodeInbox implements AutoCloseable {
    private static final int SMTP_PORT = Integer.getInteger("hromada.it.smtp-port", 3125);
    private static final Pattern EMAIL_CODE = Pattern.compile("Sign-in code from this e-mail: (\\d{6})");
    private static final Duration PATIENCE = Duration.ofSeconds(15);
    private final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

    public CodeInbox() {
        smtp.start();
    }

    /** The code in the latest sign-in e-mail to this address (waits a little for it). */
    public String emailCode(String address) {
        return await(() -> Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, address))
                .reduce((first, second) -> second).flatMap(m -> find(EMAIL_CODE, body(m))));
    }

    /** How many sign-in e-mails this address received. */
    public long emailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> sentTo(m, address)).count();
    }

    /** The code in the latest SMS the logging gateway "sent" to this E.164 number. */
    public static String smsCode(String e164) {
        Pattern line = Pattern.compile("SMS to " + Pattern.quote(e164) + ": Hromada: (\\d{6})");
        return await(() -> {
            Matcher m = line.matcher(serverLog());
            String last = null;
            while (m.find()) {
                last = m.group(1);
            }
            return Optional.ofNullable(last);
        });
    }

    static String serverLog() {
        Path log = Path.of(System.getProperty("jboss.home", "target/server"), "standalone", "log", "server.log");
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Probe {
        Optional<String> look();
    }

    private static String await(Probe probe) {
        Instant giveUp = Instant.now().plus(PATIENCE);
        while (true) {
            Optional<String> found = probe.look();
            if (found.isPresent()) {
                return found.get();
            }
            if (Instant.now().isAfter(giveUp)) {
                throw new AssertionError("no code arrived within " + PATIENCE);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static boolean sentTo(MimeMessage m, String address) {
        try {
            return m.getAllRecipients()[0].toString().equalsIgnoreCase(address);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage m) {
        try {
            return m.getContent().toString();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        smtp.stop();
    }
}
