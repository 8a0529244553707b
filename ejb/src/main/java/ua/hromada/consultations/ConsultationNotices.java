package ua.hromada.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.notification.OutboxMessage;
import ua.hromada.core.tenancy.Community;

/**
 * Who hears about moderation of their comments, and the moderators about an overdue report, in
 * the transaction of the step. Bilingual
 * (Ukrainian, then English): the platform does not yet know each person's language.
 */
@ApplicationScoped
public class ConsultationNotices {
    private static final String BUNDLE = "i18n.consultations_mail";
    private static final Locale UK = Locale.forLanguageTag("uk");

    @Inject
    Notices notices;

    @Inject
    RoleGrants grants;


    /** The comment's author: their comment was hidden or shown again (always sent). */
    public void toAuthor(ConsultationComment comment, String key, Consultation consultation, Community community) {
        notices.tell(comment.authorId(), community.id(), subject(key, consultation.title()),
                body(key + ".body", reasonText(UK, comment), reasonText(Locale.ENGLISH, comment)),
                link(community, "/consultations/" + consultation.id()), true);
    }

    /** The blocked person: why and until when (always sent). */
    public void blocked(CommentingBlock block, Community community) {
        LocalDate until = LocalDate.ofInstant(block.until(), community.zone());
        notices.tell(block.personId(), community.id(), subject("blocked.person", until.toString()),
                body("blocked.person.body", block.reason(), block.reason()), link(community, "/consultations"), true);
    }

    /** The community's local moderators: a closed consultation's report is overdue (always sent). */
    public void toModerators(Consultation consultation, String key, Community community) {
        String due = LocalDate.ofInstant(consultation.reportDueAt(), community.zone()).toString();
        for (long moderator : grants.holderIds(community.id(), Set.of(Role.LOCAL_MODERATOR))) {
            notices.tell(moderator, community.id(), subject(key, consultation.title()), body(key + ".body", due, due),
                    link(community, "/admin/consultations/" + consultation.id()), true);
        }
    }

    /** The proposer: their topic was accepted into a consultation, or rejected with the reason (always sent). */
    public void toProposer(TopicProposal proposal, String key, Community community) {
        String reason = proposal.reason() == null ? "" : proposal.reason();
        notices.tell(proposal.authorId(), community.id(), subject(key, proposal.title()), body(key + ".body", reason, reason),
                link(community, "/consultations"), true);
    }

    private static String link(Community community, String path) {
        return System.getProperty("hromada.public-url", "http://127.0.0.1:8080") + "/" + community.slug() + path;
    }

    private static String reasonText(Locale locale, ConsultationComment comment) {
        return comment.hiddenReason() == null ? "" : ResourceBundle.getBundle(BUNDLE, locale).getString("reason." + comment.hiddenReason().name());
    }

    private static String subject(String key, String argument) {
        String subject = "Громада: " + text(UK, key, argument) + " / " + text(Locale.ENGLISH, key, argument);
        return subject.length() <= OutboxMessage.SUBJECT_MAX ? subject : subject.substring(0, OutboxMessage.SUBJECT_MAX - 1) + "…";
    }

    private static String body(String key, String ukArgument, String enArgument) {
        return text(UK, key, ukArgument) + "\n\n" + text(Locale.ENGLISH, key, enArgument);
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }
}
