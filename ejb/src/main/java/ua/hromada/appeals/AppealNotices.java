package ua.hromada.appeals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.tenancy.Community;

/**
 * What the appeals tool tells the applicant (with a link to their appeal's page) and officials
 * (with a link to its console page), in both languages: essential notices.
 */
@ApplicationScoped
public class AppealNotices {
    private static final String BUNDLE = "i18n.appeals_mail";
    private static final Locale UK = Locale.forLanguageTag("uk");

    @Inject
    Notices notices;

    /** {@code key} of the mail texts; the subject and body take the appeal's number and subject. */
    public void tellApplicant(Community community, Appeal appeal, String key) {
        tell(appeal.applicantId(), community, appeal, key, "/appeals/");
    }

    /** As {@link #tellApplicant}, to an official, linking to the appeal's console page. */
    public void tellOfficial(long personId, Community community, Appeal appeal, String key) {
        tell(personId, community, appeal, key, "/admin/appeals/");
    }

    private void tell(long personId, Community community, Appeal appeal, String key, String path) {
        notices.tell(personId, community.id(), "Громада: " + text(UK, key, appeal) + " / " + text(Locale.ENGLISH, key, appeal),
                text(UK, key + ".body", appeal) + "\n\n" + text(Locale.ENGLISH, key + ".body", appeal),
                System.getProperty("hromada.public-url", "http://127.0.0.1:8080") + "/" + community.slug() + path + appeal.id(), true);
    }

    private static String text(Locale locale, String key, Appeal appeal) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(new Object[] {appeal.number(),
                appeal.subject()});
    }
}
