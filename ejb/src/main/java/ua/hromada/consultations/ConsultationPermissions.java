package ua.hromada.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.access.Role;
import ua.hromada.core.access.Rule;
import ua.hromada.core.access.Subject;
import ua.hromada.core.access.TokenScope;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;

/**
 * The consultations permission table: one row per action, deny by default (core's
 * {@link PermissionTable}); every bean method of the tool asks here, pages ask to say why before
 * a person tries.
 */
@ApplicationScoped
public class ConsultationPermissions {
    /**
     * Official rows refuse API tokens and e-mail + phone sign-in; answering a poll also admits a
     * person's token of scope SIGN (terminals, chat bots).
     */
    public static final PermissionTable<ConsultationAction> TABLE = PermissionTable.of(ConsultationAction.class, "consultation")
            .row(ConsultationAction.COMMENT, Rule.eligible())
            .row(ConsultationAction.ANSWER, Rule.eligible().throughToken(TokenScope.SIGN))
            .row(ConsultationAction.TAKE_STANCE, Rule.eligible())
            .row(ConsultationAction.SUPPORT, Rule.eligible())
            .row(ConsultationAction.PROPOSE, Rule.eligible())
            .row(ConsultationAction.COMPLAIN, Rule.signedIn())
            .row(ConsultationAction.MODERATE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(ConsultationAction.MANAGE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .row(ConsultationAction.CONFIGURE, Rule.officials(Role.LOCAL_MODERATOR, Role.NATIONAL_MODERATOR))
            .build();

    @Inject
    CommunityCache cache;

    /** The subject of a participation row: one consultation, under its audience and sign-in strength. */
    private Subject subject(Consultation consultation) {
        boolean acceptsDeclared = cache.byId(consultation.communityId())
                .map(c -> ConsultationSettings.acceptsDeclaredFrom(c.settings())).orElse(false);
        return new Subject(consultation.communityId(), consultation.audience() == Audience.RESIDENTS, consultation.signIn(), null)
                .acceptingDeclared(acceptsDeclared);
    }

    /** Taking part in one consultation (comment, support): refused with the table's reason. */
    public void require(ConsultationAction action, Consultation consultation) {
        TABLE.require(action, subject(consultation));
    }

    /** Pages: why the current actor may not take part, to say so before they try. */
    public Optional<String> refusal(ConsultationAction action, Consultation consultation) {
        return TABLE.refusal(action, Acting.current(), subject(consultation));
    }

    /** Residents of the community (verified; declared where its settings say), with its sign-in strength for the tool. */
    public void requireResident(ConsultationAction action, Community community) {
        TABLE.require(action, new Subject(community.id(), true, community.requiredSignIn(ConsultationsTool.KEY), null)
                .acceptingDeclared(ConsultationSettings.acceptsDeclaredFrom(community.settings())));
    }

    /** Actions whose rule is the role or being signed in alone (complain, moderate, manage, configure). */
    public void require(ConsultationAction action, long communityId) {
        TABLE.require(action, Subject.community(communityId));
    }

    public boolean allows(ConsultationAction action, long communityId) {
        return TABLE.allows(action, Subject.community(communityId));
    }
}
