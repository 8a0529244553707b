package ua.hromada.it.petitions;

import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.CurrentCommunity;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.PetitionCategory;
import ua.hromada.petitions.PetitionSettings;
import ua.hromada.petitions.Petitions;

/** A fresh community with petitions switched on and its people, for in-container petition tests. */
public final class PetitionWorld {
    public static final Actor ADMIN = Actor.system("petitions-it");
    public static final String TEXT = "Просимо облаштувати безпечний пішохідний перехід біля школи №3, бо діти щодня "
            + "переходять дорогу без світлофора; це займе небагато коштів і врятує життя.";

    public final long community;
    final String slug;
    public final People people = InContainer.bean(People.class);
    public final RoleGrants grants = InContainer.bean(RoleGrants.class);
    public final Petitions petitions = InContainer.bean(Petitions.class);

    public PetitionWorld(String prefix, Map<String, String> rules) {
        var created = InContainer.newCommunity(ADMIN, prefix, "Громада петицій", "petitions");
        community = created.id();
        slug = created.slug();
        in(ADMIN, () -> {
            InContainer.bean(PetitionSettings.class).change(rules);
            return null;
        });
    }

    /** A person who signed in strongly, holding {@code roles} in this community. */
    public long person(String name, Role... roles) {
        String id = UUID.randomUUID().toString();
        long person = people.signIn(id, name, "idgov", "sub-" + id).id();
        for (Role role : roles) {
            Acting.as(ADMIN, () -> grants.grant(person, community, role, null));
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

    /** A petition by {@code author}, submitted and waiting for the moderators. */
    public long submitted(long author, String title) {
        long id = as(author, () -> petitions.create(title, TEXT, PetitionCategory.TRANSPORT).id());
        as(author, () -> petitions.submit(id));
        return id;
    }

    /** A petition by {@code author}, submitted and published by {@code moderator}. */
    public long published(long author, long moderator, String title) {
        long id = submitted(author, title);
        as(moderator, () -> petitions.publish(id));
        return id;
    }
}
