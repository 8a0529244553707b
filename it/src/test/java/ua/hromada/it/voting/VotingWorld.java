package ua.hromada.it.voting;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import ua.hromada.core.access.Actor;
import ua.hromada.core.access.Role;
import ua.hromada.it.support.CommunityWorld;
import ua.hromada.it.support.InContainer;
import ua.hromada.voting.Casting;
import ua.hromada.voting.VoteKind;
import ua.hromada.voting.VoteReading;
import ua.hromada.voting.Votes;

/** A fresh community with votes switched on, its organiser, and helpers to set up votes and residents. */
public final class VotingWorld extends CommunityWorld {
    public static final Actor ADMIN = Actor.system("voting-it");
    public final Votes votes = InContainer.bean(Votes.class);
    public final Casting casting = InContainer.bean(Casting.class);
    public final VoteReading reading = InContainer.bean(VoteReading.class);
    public final long organiser;

    public VotingWorld(String prefix) {
        super(ADMIN, prefix, "Громада голосувань", "voting");
        organiser = person("Оксана Організаторка", Role.VOTE_ORGANISER);
    }

    /** A question open from now for a day, voters 18 and older. */
    public long question(String title) {
        return as(organiser, () -> votes.create(new Votes.Setup(VoteKind.QUESTION, title, "Дорадче голосування громади.", List.of(),
                Instant.now(), Instant.now().plus(Duration.ofDays(1)), 18))).id();
    }

    public long resident(String name) {
        return person(name, Role.RESIDENT);
    }

    public String cast(long person, long vote, int choice) {
        return as(person, () -> casting.cast(vote, choice));
    }

    public void close(long vote) {
        as(organiser, () -> votes.closeEarly(vote));
    }
}
