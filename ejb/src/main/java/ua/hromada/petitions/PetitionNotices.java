package ua.hromada.petitions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.notification.OutboxMessage;
import ua.hromada.core.tenancy.Community;

/**
 * Who hears about a petition's step, in the transaction of the step. Bilingual (Ukrainian, then
 * English): the platform does not yet know each person's language.
 */
@ApplicationScoped
public class PetitionNotices {
    private static final String BUNDLE = "i18n.petitions_mail";
    private static final Locale UK = Locale.forLanguageTag("uk");

    @PersistenceContext
    EntityManager em;

    @Inject
    Notices notices;

    @Inject
    RoleGrants grants;


    /** The author's own matter: always sent. */
    public void toAuthor(Petition petition, String key) {
        notices.tell(petition.authorId(), petition.communityId(), subject(key, petition), body(), link(petition), true);
    }

    public void toOfficials(Petition petition, String key, Set<Role> roles) {
        for (long official : grants.holderIds(petition.communityId(), roles)) {
            notices.tell(official, petition.communityId(), subject(key, petition), body(), link(petition), true);
        }
    }

    /**
     * Every signer but the author who keeps optional notices on: one set-based operation in core,
     * whatever the number of signatures.
     */
    public void toSigners(Petition petition, String key) {
        notices.tellAll(petition.communityId(), subject(key, petition), body(), link(petition),
                "select s.person_id from signature s where s.petition_id = ?1 and s.person_id <> ?2 and s.removal_id is null",
                petition.id(), petition.authorId());
    }

    /** The signers whose signatures one batch of a removal took out (ids {@code from}..{@code to}): essential. */
    public void toRemovedSigners(Petition petition, SignatureRemoval removal, long from, long to) {
        notices.tellAll(petition.communityId(), subject("removed.signer", petition), body(), link(petition),
                "select s.person_id from signature s where s.removal_id = ?1 and s.id between ?2 and ?3",
                removal.id(), from, to);
    }

    /** The petition's public address, for e-mails and cabinet notices. */
    public String link(Petition petition) {
        Community community = em.find(Community.class, petition.communityId());
        return System.getProperty("hromada.public-url", "http://127.0.0.1:8080") + "/" + community.slug()
                + "/petitions/" + petition.id();
    }

    private static String subject(String key, Petition petition) {
        String subject = "Громада: " + text(UK, key, petition.title()) + " / " + text(Locale.ENGLISH, key, petition.title());
        return subject.length() <= OutboxMessage.SUBJECT_MAX ? subject : subject.substring(0, OutboxMessage.SUBJECT_MAX - 1) + "…";
    }

    private static String body() {
        return text(UK, "body") + "\n\n" + text(Locale.ENGLISH, "body");
    }

    private static String text(Locale locale, String key, Object... arguments) {
        return new MessageFormat(ResourceBundle.getBundle(BUNDLE, locale).getString(key), locale).format(arguments);
    }
}
