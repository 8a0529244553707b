package ua.hromada.it.consultations;

import java.time.Duration;
import java.time.Instant;
import ua.hromada.consultations.Audience;
import ua.hromada.consultations.Commenting;
import ua.hromada.consultations.ConsultationCategory;
import ua.hromada.consultations.ConsultationReading;
import ua.hromada.consultations.Consultations;
import ua.hromada.core.access.Actor;
import ua.hromada.it.support.CommunityWorld;
import ua.hromada.it.support.InContainer;

/** A fresh community with consultations switched on, its people and its consultations, for in-container tests. */
public final class ConsultationWorld extends CommunityWorld {
    public static final Actor ADMIN = Actor.system("consultations-it");
    public static final String QUESTION = "Як облаштувати сквер біля школи №3, щоб у ньому було затишно і дітям, і людям похилого віку?";

    public final Consultations consultations = InContainer.bean(Consultations.class);
    public final Commenting commenting = InContainer.bean(Commenting.class);
    public final ConsultationReading reading = InContainer.bean(ConsultationReading.class);

    public ConsultationWorld(String prefix) {
        super(ADMIN, prefix, "Громада обговорень", "consultations");
    }

    /** A consultation the moderator prepared and published, open from an hour ago for {@code days}. */
    public long open(long moderator, Audience audience, int days) {
        Instant now = Instant.now();
        long id = as(moderator, () -> consultations.create("Сквер біля школи", QUESTION, ConsultationCategory.URBAN_PLANNING, audience,
                now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(days))).id());
        as(moderator, () -> consultations.publish(id));
        return id;
    }
}
