package ua.hromada.it.support;

import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.ProviderClaims;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CurrentCommunity;

/** A fresh community with one tool switched on and its people, for a tool's in-container tests. */
public abstract class CommunityWorld {
    public final long community;
    public final String slug;
    public final People people = InContainer.bean(People.class);
    public final RoleGrants grants = InContainer.bean(RoleGrants.class);
    private final Actor admin;

    protected CommunityWorld(Actor admin, String prefix, String nameUk, String... tools) {
        this.admin = admin;
        Community created = InContainer.newCommunity(admin, prefix, nameUk, tools);
        community = created.id();
        slug = created.slug();
    }

    /** A person who signed in strongly, holding {@code roles} in this community. */
    public long person(String name, Role... roles) {
        return person(name, NationalIdentifiers.ADULT, roles);
    }

    /** The same, born on {@code born} as the provider states it (null: the provider stated no date of birth). */
    public long person(String name, LocalDate born, Role... roles) {
        String id = UUID.randomUUID().toString();
        long person = people.signIn(new ProviderClaims(id, name, "idgov", "sub-" + id, null, null, born)).id();
        for (Role role : roles) {
            Acting.as(admin, () -> grants.grant(person, community, role, null));
        }
        return person;
    }

    public Actor actor(long person) {
        return people.actorOf(person);
    }

    public <T> T in(Actor actor, Supplier<T> work) {
        return Acting.as(actor, () -> CurrentCommunity.callAs(community, work));
    }

    public <T> T as(long person, Supplier<T> work) {
        return in(actor(person), work);
    }
}
