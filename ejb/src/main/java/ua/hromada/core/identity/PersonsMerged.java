package ua.hromada.core.identity;

/**
 * Fired by {@link PersonMerge} inside its transaction and observed synchronously by each tool,
 * which moves what the e-mail + phone person {@code fromPersonId} has to the strong person
 * {@code intoPersonId} (keeping the strong one's where both have one) and reports it in {@code rows}.
 */
public record PersonsMerged(long fromPersonId, long intoPersonId, RowsTouched rows) {
}
