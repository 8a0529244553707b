package ua.hromada.budget.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A ballot as a bot or terminal sends it: the ids of the chosen projects. */
public record BallotDto(List<Long> projects) {
    Set<Long> chosen() {
        return projects == null ? Set.of() : new LinkedHashSet<>(projects.stream().filter(Objects::nonNull).toList());
    }
}
