package ua.hromada.council;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.tenancy.Community;

/**
 * Tells a thread's other member of a new message, in both languages, with a link to the thread:
 * an essential notice (the message is addressed to them). Neither the subject nor the text nor the
 * writer's name goes into it: e-mail travels through other people's servers and waits in the
 * outbox table, while the thread is for its two members only; the link asks them to sign in.
 */
@ApplicationScoped
public class MessageNotices {
    private static final String BUNDLE = "i18n.council_mail";
    private static final Locale UK = Locale.forLanguageTag("uk");

    @Inject
    Notices notices;

    /** In the transaction of the message: tells {@code personId} of it. */
    public void tellOfMessage(long personId, Community community, MessageThread thread) {
        notices.tell(personId, community.id(), "Громада: " + text(UK, "council.mail.message", community) + " / "
                + text(Locale.ENGLISH, "council.mail.message", community), text(UK, "council.mail.message.body", community) + "\n\n"
                + text(Locale.ENGLISH, "council.mail.message.body", community),
                System.getProperty("hromada.public-url", "http://127.0.0.1:8080") + "/" + community.slug() + "/council/messages/" + thread.id(),
                true);
    }

    private static String text(Locale locale, String key, Community community) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(new Object[] {
                community.name(locale.getLanguage())});
    }
}
