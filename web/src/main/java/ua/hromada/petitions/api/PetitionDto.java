package ua.hromada.petitions.api;

import java.time.Instant;
import java.util.List;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.SignatureRemoval;

/**
 * A public petition as the API and open data show it. One petition and open data also carry its
 * public removals of signatures ({@code signaturesRemoved} and {@code removals}); search lists
 * leave them out (null, so not in the JSON).
 */
public record PetitionDto(long id, String community, String title, String text, String category, String status,
        int signatures, int threshold, Instant publishedAt, Instant collectionEndsAt, Instant thresholdReachedAt,
        Instant considerationDueAt, Instant answeredAt, String responseDecision, String response, String url,
        Integer signaturesRemoved, List<RemovalDto> removals) {

    /** One removal of signatures: how many, when, why, and whether it still runs. */
    public record RemovalDto(int removed, String status, Instant startedAt, Instant finishedAt, String reason) {
        static RemovalDto of(SignatureRemoval r) {
            return new RemovalDto(r.removed(), r.status().name(), r.startedAt(), r.finishedAt(), r.reason());
        }
    }

    static PetitionDto of(Petition p, String community) {
        return of(p, community, null);
    }

    static PetitionDto of(Petition p, String community, List<SignatureRemoval> removals) {
        List<RemovalDto> shown = removals == null ? null
                : removals.stream().filter(SignatureRemoval::isPublic).map(RemovalDto::of).toList();
        return new PetitionDto(p.id(), community, p.title(), p.text(), p.category().name(), p.status().name(),
                p.signatureCount(), p.rules().threshold(), p.publishedAt(), p.collectionEndsAt(), p.thresholdReachedAt(),
                p.considerationDueAt(), p.answeredAt(), p.responseDecision() == null ? null : p.responseDecision().name(),
                p.responseText(), System.getProperty("hromada.public-url", "http://127.0.0.1:8080") + "/" + community
                        + "/p/" + p.id(),
                shown == null ? null : shown.stream().mapToInt(RemovalDto::removed).sum(), shown);
    }

    /** The removals in one CSV cell: "N (started…finished): reason", separated by " | ". */
    String removalsText() {
        return removals == null ? "" : String.join(" | ", removals.stream()
                .map(r -> r.removed() + " (" + r.startedAt() + (r.finishedAt() == null ? "…" : "…" + r.finishedAt()) + "): " + r.reason())
                .toList());
    }
}
