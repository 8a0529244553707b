package ua.hromada.core.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;

/**
 * Sends one plain-text message now, through WildFly's mail session, for mail a person is waiting
 * for on screen (a sign-in code): the outbox's five-second rhythm and silent retries would leave
 * them guessing, while an immediate failure can be shown to them. Everything else uses {@link Outbox}.
 */
@ApplicationScoped
public class DirectMail {
    @Resource(lookup = "java:jboss/mail/Hromada")
    Session mail;

    /** Sign-in: sends now or fails with a {@link DeliveryException}. */
    public void send(String recipient, String subject, String body) {
        try {
            send(mail, recipient, subject, body);
        } catch (MessagingException e) {
            throw new DeliveryException("signin.code.mail-failed", recipient);
        }
    }

    /** One UTF-8 plain-text message through a mail session; the outbox delivers with it too. */
    static void send(Session session, String recipient, String subject, String body) throws MessagingException {
        MimeMessage mime = new MimeMessage(session);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(recipient, true));
        mime.setSubject(subject, StandardCharsets.UTF_8.name());
        mime.setText(body, StandardCharsets.UTF_8.name());
        Transport.send(mime);
    }
}
