package ua.hromada.core.tool;

import java.time.Instant;

/**
 * Matters of one tool addressed to one person by name (a letter written to a deputy), waiting
 * for their answer in one community: how many, the nearest due date (null: none has one), and the
 * page below {@code /{community}} where they answer them. Another tool's cabinet page (the
 * deputy's) shows them through {@link ToolManifest#addressedTo}, so neither tool names the other.
 */
public record AddressedToPerson(String communitySlug, String labelKey, long count, Instant nearestDue, String path) {
    public AddressedToPerson {
        if (count < 1) {
            throw new IllegalArgumentException("nothing waits for " + labelKey);
        }
    }
}
