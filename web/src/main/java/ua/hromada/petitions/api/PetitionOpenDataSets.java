package ua.hromada.petitions.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import ua.hromada.core.api.OpenDataSet;
import ua.hromada.core.api.OpenDataSets;
import ua.hromada.petitions.PetitionOpenData;
import ua.hromada.petitions.PetitionsTool;

/** The petitions' open data: each published petition with its counts, answer and public removals of signatures. */
@ApplicationScoped
public class PetitionOpenDataSets implements OpenDataSets {
    private static final String[] COLUMNS = {"id", "community", "title", "category", "status", "signatures", "threshold",
        "published_at", "collection_ends_at", "threshold_reached_at", "consideration_due_at", "answered_at",
        "response_decision", "response", "url", "signatures_removed", "removals"};

    @Inject
    PetitionOpenData openData;

    @Override
    public List<OpenDataSet<?, ?>> sets() {
        return List.of(OpenDataSet.of(PetitionsTool.KEY, "petitions", openData::page,
                (PetitionOpenData.Row row) -> PetitionDto.of(row.petition(), row.communitySlug(), row.removals()), COLUMNS,
                PetitionOpenDataSets::cells));
    }

    private static Object[] cells(PetitionDto p) {
        return new Object[] {p.id(), p.community(), p.title(), p.category(), p.status(), p.signatures(), p.threshold(), p.publishedAt(),
            p.collectionEndsAt(), p.thresholdReachedAt(), p.considerationDueAt(), p.answeredAt(), p.responseDecision(), p.response(),
            p.url(), p.signaturesRemoved(), p.removalsText()};
    }
}
