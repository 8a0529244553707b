package ua.hromada.it.appeals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ua.hromada.appeals.AnswerRating;
import ua.hromada.appeals.AppealEvent;
import ua.hromada.appeals.AppealKind;
import ua.hromada.appeals.AppealReading;
import ua.hromada.appeals.Appeals;
import ua.hromada.core.ConflictException;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Role;
import ua.hromada.it.support.InContainer;

/**
 * The applicant rates the answer once it is given, once, and nobody else does; a repeat appeal
 * refers to the answered one (the applicant's own only), and both pages show the link.
 */
@ExtendWith(ArquillianExtension.class)
class AppealRatingIT {
    @Deployment
    static WebArchive archive() {
        return InContainer.testArchive("appeal-rating-it", AppealRatingIT.class, AppealsWorld.class);
    }

    @Test
    void theApplicantRatesTheAnswerOnceAndMayAppealAgainReferringToIt() {
        AppealsWorld world = new AppealsWorld("appeal-rating");
        AppealReading reading = InContainer.bean(AppealReading.class);
        long resident = world.person("Олена Заявниця", Role.RESIDENT);
        long other = world.person("Інший Мешканець", Role.RESIDENT);
        long secretary = world.person("Софія Секретарка", Role.SECRETARIAT_OFFICER);
        long id = world.file(resident, AppealKind.STATEMENT);

        assertRefused(ConflictException.class, "appeals.rate.not-answered", () -> world.as(resident, () -> world.appeals.rate(id,
                AnswerRating.SATISFIED)));
        world.as(secretary, () -> world.appeals.answer(id, "Ремонт тротуару внесено до плану робіт на квітень."));
        assertRefused(ForbiddenException.class, "appeals.not-owner", () -> world.as(other, () -> world.appeals.rate(id,
                AnswerRating.NOT_SATISFIED)));
        assertRefused(ForbiddenException.class, "appeals.not-owner", () -> world.as(secretary, () -> world.appeals.rate(id,
                AnswerRating.SATISFIED)));
        assertRefused(InvalidInputException.class, "appeals.rate.choose", () -> world.as(resident, () -> world.appeals.rate(id, null)));
        world.as(resident, () -> world.appeals.rate(id, AnswerRating.PARTLY_SATISFIED));
        assertRefused(ConflictException.class, "appeals.rate.twice", () -> world.as(resident, () -> world.appeals.rate(id,
                AnswerRating.SATISFIED)));
        AppealReading.Record rated = world.as(resident, () -> reading.own(id));
        assertEquals(AnswerRating.PARTLY_SATISFIED, rated.appeal().answerRating());
        assertEquals(AppealEvent.Kind.RATED, rated.history().get(rated.history().size() - 1).kind());
        assertEquals(AnswerRating.PARTLY_SATISFIED, world.as(secretary, () -> reading.handled(id)).appeal().answerRating(),
                "the console shows it");
        java.util.Map<String, Long> figures = world.in(ua.hromada.core.access.Actor.ANONYMOUS, () -> reading.statistics(world.community))
                .stream().collect(java.util.stream.Collectors.toMap(ua.hromada.core.tool.Statistic::name,
                        ua.hromada.core.tool.Statistic::value));
        assertEquals(1L, figures.get("rated-partly"), "the community's public figures count the rating");
        assertEquals(0L, figures.get("rated-satisfied"));
        assertEquals(0L, figures.get("rated-not-satisfied"));

        long repeat = world.as(resident, () -> world.appeals.file(new Appeals.Filing(AppealKind.STATEMENT, null,
                "Повторно щодо ремонту тротуару", AppealsWorld.TEXT, null, false, null, id)).id());
        assertEquals(id, world.as(resident, () -> reading.own(repeat)).previous().id(), "the repeat appeal refers to the first");
        assertThrows(ForbiddenException.class, () -> world.as(other, () -> world.appeals.file(new Appeals.Filing(AppealKind.STATEMENT,
                null, "Чуже повторне звернення", AppealsWorld.TEXT, null, false, null, id))));
        AppealsWorld elsewhere = new AppealsWorld("appeal-rating-other");
        long stranger = elsewhere.person("Чужа Мешканка", Role.RESIDENT);
        assertThrows(NotFoundException.class, () -> elsewhere.as(stranger, () -> world.appeals.rate(id, AnswerRating.SATISFIED)));
    }

    private static void assertRefused(Class<? extends HromadaException> type, String key, Runnable attempt) {
        HromadaException e = assertThrows(type, attempt::run);
        assertEquals(key, e.messageKey());
    }
}
