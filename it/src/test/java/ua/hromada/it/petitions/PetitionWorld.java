package ua.hromada.it.petitions;

import java.util.Map;
import ua.hromada.core.access.Actor;
import ua.hromada.it.support.CommunityWorld;
import ua.hromada.it.support.InContainer;
import ua.hromada.petitions.PetitionCategory;
import ua.hromada.petitions.PetitionSettings;
import ua.hromada.petitions.Petitions;

/** A fresh community with petitions switched on and its people, for in-container petition tests. */
public final class PetitionWorld extends CommunityWorld {
    public static final Actor ADMIN = Actor.system("petitions-it");
    public static final String TEXT = "Просимо облаштувати безпечний пішохідний перехід біля школи №3, бо діти щодня "
            + "переходять дорогу без світлофора; це займе небагато коштів і врятує життя.";

    public final Petitions petitions = InContainer.bean(Petitions.class);

    public PetitionWorld(String prefix, Map<String, String> rules) {
        this(prefix, rules, new String[0]);
    }

    /** The same with more tools switched on beside petitions. */
    public PetitionWorld(String prefix, Map<String, String> rules, String... moreTools) {
        super(ADMIN, prefix, "Громада петицій", java.util.stream.Stream.concat(java.util.stream.Stream.of("petitions"),
                java.util.Arrays.stream(moreTools)).toArray(String[]::new));
        in(ADMIN, () -> {
            InContainer.bean(PetitionSettings.class).change(rules);
            return null;
        });
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
