package ua.hromada.core.identity;

/**
 * Handed by {@link AccountDeletion}, inside its transaction, to every registered tool ({@code ToolManifest.deleted}),
 * which deletes what of the person {@code personId} is not public, reports it in {@code rows}, and
 * reports with {@link RowsTouched#keep} what the law keeps public with their name.
 */
public record AccountDeleted(long personId, RowsTouched rows) {
}
