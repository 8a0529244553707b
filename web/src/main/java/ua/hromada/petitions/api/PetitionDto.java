package ua.hromada.petitions.api;

import java.time.Instant;
import ua.hromada.petitions.Petition;

/** A public petition as the API and open data show it. */
public record PetitionDto(long id, String community, String title, String text, String category, String status,
        int signatures, int threshold, Instant publishedAt, Instant collectionEndsAt, Instant thresholdReachedAt,
        Instant considerationDueAt, Instant answeredAt, String responseDecision, String response, String url) {

    static PetitionDto of(Petition p, String community) {
        return new PetitionDto(p.id(), community, p.title(), p.text(), p.category().name(), p.status().name(),
                p.signatureCount(), p.rules().threshold(), p.publishedAt(), p.collectionEndsAt(), p.thresholdReachedAt(),
                p.considerationDueAt(), p.answeredAt(), p.responseDecision() == null ? null : p.responseDecision().name(),
                p.responseText(), System.getProperty("hromada.public-url", "http://127.0.0.1:8080") + "/" + community
                        + "/p/" + p.id());
    }
}
