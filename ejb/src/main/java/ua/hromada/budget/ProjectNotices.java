package ua.hromada.budget;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.notification.OutboxMessage;
import ua.hromada.core.tenancy.Community;

/**
 * What the participatory budget tells people about a project, in both languages, with a link to
 * its page, in the caller's transaction: its author of the review's decision and of a proposal to
 * merge it with another and its outcome (their own matters, sent even to those who switched
 * optional notices off), its followers of each implementation change.
 */
@ApplicationScoped
public class ProjectNotices {
    private static final String BUNDLE = "i18n.budget_mail";
    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final String FOLLOWERS = "select person_id from budget_follower where project_id = ?1";

    @Inject
    Notices notices;

    /** The author (none for a paper form) of the review's decision: {@code key} of the mail texts, with the reason if any. */
    public void tellAuthor(Community community, BudgetProject project, String key, String reason) {
        tell(community, project, key, reason == null ? "" : reason);
    }

    /**
     * The authors (those with accounts) of a merge proposal's two projects, of it or its outcome:
     * {@code absorbedKey} and {@code keptKey} of the mail texts, for each side; the text names the
     * other project and the proposal's reason.
     */
    public void tellAuthorsOfMerge(Community community, ProjectMerge merge, BudgetProject absorbed, BudgetProject kept, String absorbedKey,
            String keptKey) {
        tell(community, absorbed, absorbedKey, kept.number(), kept.title(), merge.reason());
        tell(community, kept, keptKey, absorbed.number(), absorbed.title(), merge.reason());
    }

    /** The project's author, an essential notice: the body's arguments are the project's title and {@code more}. */
    private void tell(Community community, BudgetProject project, String key, Object... more) {
        if (project.authorId() != null) {
            Object[] arguments = new Object[more.length + 1];
            arguments[0] = project.title();
            System.arraycopy(more, 0, arguments, 1, more.length);
            notices.tell(project.authorId(), community.id(), subject(key, project.title()), body(key + ".body", arguments),
                    link(community, project), true);
        }
    }

    /** The project's followers, of what changed: {@code key} of the mail texts, with its argument. */
    public void tellFollowers(Community community, BudgetProject project, String key, String argument) {
        String body = text(UK, "update.body", project.title(), text(UK, key, argument)) + "\n\n"
                + text(Locale.ENGLISH, "update.body", project.title(), text(Locale.ENGLISH, key, argument));
        notices.tellAll(community.id(), subject("update", project.title()), body, link(community, project), FOLLOWERS, project.id());
    }

    private static String subject(String key, String title) {
        String subject = "Громада: " + text(UK, key, title) + " / " + text(Locale.ENGLISH, key, title);
        return subject.length() <= OutboxMessage.SUBJECT_MAX ? subject : subject.substring(0, OutboxMessage.SUBJECT_MAX - 1) + "…";
    }

    private static String body(String key, Object... arguments) {
        return text(UK, key, arguments) + "\n\n" + text(Locale.ENGLISH, key, arguments);
    }

    private static String link(Community community, BudgetProject project) {
        return System.getProperty("hromada.public-url", "http://127.0.0.1:8080") + "/" + community.slug() + "/budget/projects/" + project.id();
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }
}
