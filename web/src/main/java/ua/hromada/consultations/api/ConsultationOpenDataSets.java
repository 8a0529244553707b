package ua.hromada.consultations.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import ua.hromada.consultations.ConsultationOpenData;
import ua.hromada.consultations.ConsultationsTool;
import ua.hromada.core.api.OpenDataSet;
import ua.hromada.core.api.OpenDataSets;

/** The consultations' open data: each consultation as its public page shows it, with its count of comments. */
@ApplicationScoped
public class ConsultationOpenDataSets implements OpenDataSets {
    @Inject
    ConsultationOpenData openData;

    @Inject
    Clock clock;

    @Override
    public List<OpenDataSet<?, ?>> sets() {
        return List.of(OpenDataSet.of(ConsultationsTool.KEY, "consultations", openData::page,
                (ConsultationOpenData.Row r) -> ConsultationDto.of(r.consultation(), r.communitySlug(), r.comments(), clock.instant()),
                ConsultationDto.COLUMNS, ConsultationDto::cells));
    }
}
