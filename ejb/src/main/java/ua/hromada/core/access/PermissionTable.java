package ua.hromada.core.access;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.identity.SignInException;

/**
 * A tool's permission table: one {@link Rule} per action; an action without a row is refused to
 * everyone but the system. Every bean method of the tool asks here; the matrix test walks every
 * registered table row by row and fails on an action without a row.
 */
public final class PermissionTable<A extends Enum<A>> {
    private final Class<A> actions;
    private final String prefix;
    private final Map<A, Rule> rows;

    private PermissionTable(Class<A> actions, String prefix, Map<A, Rule> rows) {
        this.actions = actions;
        this.prefix = prefix;
        this.rows = Collections.unmodifiableMap(new EnumMap<>(rows));
    }

    /**
     * A table over the actions of {@code actions}; refusals are message keys under {@code prefix}
     * (the tool's bundle has "{prefix}.sign-in-required", ".residents-only", ".strong-sign-in-required", ".not-owner").
     */
    public static <A extends Enum<A>> Builder<A> of(Class<A> actions, String prefix) {
        return new Builder<>(actions, prefix);
    }

    /** Why {@code actor} may not take {@code action} on {@code subject} (a message key), or empty when they may. */
    public Optional<String> refusal(A action, Actor actor, Subject subject) {
        Rule rule = rows.get(action);
        if (rule == null) {
            return actor.rolesIn(subject.communityId()).contains(Role.SYSTEM) ? Optional.empty() : Optional.of("access.forbidden");
        }
        return rule.refusal(actor, subject, prefix);
    }

    /** The current actor: whether they may. */
    public boolean allows(A action, Subject subject) {
        return refusal(action, Acting.current(), subject).isEmpty();
    }

    /** The current actor: refuses with 401 when nobody is signed in, 403 with the reason otherwise. */
    public void require(A action, Subject subject) {
        Optional<String> refusal = refusal(action, Acting.current(), subject);
        if (refusal.isPresent()) {
            throw refusal.get().endsWith(".sign-in-required") ? new SignInException(refusal.get())
                    : new ForbiddenException(refusal.get(), action.name(), subject.communityId());
        }
    }

    public Map<A, Rule> rows() {
        return rows;
    }

    /** The actions of the enum without a row: refused to all, and a failure of the matrix test. */
    public Set<A> rowless() {
        Set<A> missing = EnumSet.allOf(actions);
        missing.removeAll(rows.keySet());
        return missing;
    }

    public static final class Builder<A extends Enum<A>> {
        private final Class<A> actions;
        private final String prefix;
        private final Map<A, Rule> rows;

        private Builder(Class<A> actions, String prefix) {
            this.actions = actions;
            this.prefix = prefix;
            this.rows = new EnumMap<>(actions);
        }

        public Builder<A> row(A action, Rule rule) {
            if (rows.putIfAbsent(action, rule) != null) {
                throw new IllegalStateException("two rows for " + action);
            }
            return this;
        }

        public PermissionTable<A> build() {
            return new PermissionTable<>(actions, prefix, rows);
        }
    }
}
