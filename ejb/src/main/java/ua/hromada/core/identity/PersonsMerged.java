package ua.hromada.core.identity;

/**
 * Handed by {@link PersonMerge}, inside its transaction, to every registered tool ({@code ToolManifest.merged}),
 * which moves what the e-mail + phone person {@code fromPersonId} has to the strong person
 * {@code intoPersonId} (keeping the strong one's where both have one) and reports it in {@code rows}.
 */
public record PersonsMerged(long fromPersonId, long intoPersonId, RowsTouched rows) {
}
