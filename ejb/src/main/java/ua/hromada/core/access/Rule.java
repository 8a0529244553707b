package ua.hromada.core.access;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.identity.SignInStrength;

/**
 * Who may take one action of a tool: either officials holding one of some community roles, or
 * people (anyone signed in, or those the subject's rules admit). The defaults protect: official
 * rules refuse API tokens and e-mail + phone sign-in, people's rules refuse API tokens; a rule
 * says so explicitly to admit them ({@link #throughToken}, {@link #withBasicSignIn}).
 */
public record Rule(Kind kind, Set<Role> roles, TokenScope tokenScope, boolean basicSignIn, boolean forOwner) {
    /** What decides a person's turn. */
    public enum Kind {
        /** A role in the community (platform administrators and the system hold every one). */
        OFFICIAL,
        /** Anyone signed in. */
        SIGNED_IN,
        /** Those the subject's rules admit: residents only where it says so, with the sign-in strength it asks. */
        ELIGIBLE
    }

    public Rule {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** Officials holding one of {@code roles} in the community, in a strong browser session. */
    public static Rule officials(Role first, Role... more) {
        return new Rule(Kind.OFFICIAL, EnumSet.of(first, more), null, false, false);
    }

    /** Anyone signed in, in a browser session. */
    public static Rule signedIn() {
        return new Rule(Kind.SIGNED_IN, Set.of(), null, true, false);
    }

    /** Whom the subject's rules admit (residency, sign-in strength), in a browser session. */
    public static Rule eligible() {
        return new Rule(Kind.ELIGIBLE, Set.of(), null, true, false);
    }

    /** The same rule, also for a personal API token of {@code scope} bound to the community. */
    public Rule throughToken(TokenScope scope) {
        return new Rule(kind, roles, scope, basicSignIn, forOwner);
    }

    /** An official rule that also admits an e-mail + phone sign-in (never the default). */
    public Rule withBasicSignIn() {
        return new Rule(kind, roles, tokenScope, true, forOwner);
    }

    /** The same rule, for the subject's owner (its author) only. */
    public Rule ownerOnly() {
        return new Rule(kind, roles, tokenScope, basicSignIn, true);
    }

    /**
     * Why {@code actor} may not, as a message key ({@code prefix} + ".sign-in-required",
     * ".residents-only", ".strong-sign-in-required", ".not-owner", or core's "access.forbidden"
     * and "token.scope.insufficient"), or empty when they may.
     */
    public Optional<String> refusal(Actor actor, Subject subject, String prefix) {
        Set<Role> held = actor.rolesIn(subject.communityId());
        if (held.contains(Role.SYSTEM)) {
            return Optional.empty();
        }
        TokenAccess token = actor.token();
        if (token != null) {
            if (kind == Kind.OFFICIAL) {
                return Optional.of("access.forbidden");
            }
            if (tokenScope == null || token.scope() != tokenScope || token.communityId() != subject.communityId()) {
                return Optional.of("token.scope.insufficient");
            }
        }
        if (!actor.isSignedIn()) {
            return Optional.of(prefix + ".sign-in-required");
        }
        if (kind == Kind.OFFICIAL) {
            if (!held.contains(Role.PLATFORM_ADMIN) && held.stream().noneMatch(roles::contains)) {
                return Optional.of("access.forbidden");
            }
            if (!basicSignIn && actor.strength() != SignInStrength.STRONG) {
                return Optional.of(prefix + ".strong-sign-in-required");
            }
        } else if (kind == Kind.ELIGIBLE) {
            if (subject.residentsOnly() && !held.contains(Role.RESIDENT)
                    && !(subject.acceptsDeclared() && held.contains(Role.DECLARED_RESIDENT))) {
                return Optional.of(prefix + ".residents-only");
            }
            if (actor.strength() == null || !actor.strength().satisfies(subject.signIn())) {
                return Optional.of(prefix + ".strong-sign-in-required");
            }
        }
        if (forOwner && (subject.ownerId() == null || !subject.ownerId().equals(actor.personId()))) {
            return Optional.of(prefix + ".not-owner");
        }
        return Optional.empty();
    }
}
