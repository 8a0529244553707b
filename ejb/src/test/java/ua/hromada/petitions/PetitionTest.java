package ua.hromada.petitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.hromada.core.ConflictException;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.identity.SignInStrength;

class PetitionTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String TEXT = "Просимо встановити лавки в парку біля озера, бо людям похилого віку немає де відпочити.";

    private static Petition draft(Map<String, String> settings) {
        return new Petition(1L, "Авторка", "Лавки в парку", TEXT, PetitionCategory.INFRASTRUCTURE,
                PetitionSettings.rulesFrom(settings, SignInStrength.STRONG), NOW);
    }

    private static Petition collecting(Map<String, String> settings) {
        Petition p = draft(settings);
        p.submit(SignInStrength.STRONG, NOW.plus(Duration.ofDays(2)), NOW);
        p.publish(NOW.plus(Duration.ofDays(90)), NOW);
        return p;
    }

    @Test
    void defaultsFollowTheLaw() {
        PetitionRules rules = PetitionSettings.rulesFrom(Map.of(), SignInStrength.STRONG);
        assertEquals(90, rules.collectionDays());
        assertEquals(2, rules.moderationDays());
        assertEquals(10, rules.considerationDays());
        assertEquals(Eligibility.RESIDENTS, rules.signers());
        assertThrows(InvalidInputException.class, () -> PetitionSettings.rulesFrom(Map.of(PetitionRules.COLLECTION_DAYS, "120"),
                SignInStrength.STRONG), "never more than three months");
        assertThrows(InvalidInputException.class, () -> PetitionSettings.rulesFrom(Map.of(PetitionRules.THRESHOLD, "many"),
                SignInStrength.STRONG));
    }

    @Test
    void anUnfinishedDraftIsKeptButNotSubmitted() {
        Petition p = new Petition(1L, "Авторка", "", "коротко", PetitionCategory.OTHER,
                PetitionSettings.rulesFrom(Map.of(PetitionRules.TEXT_MIN, "50"), SignInStrength.STRONG), NOW);
        assertThrows(InvalidInputException.class, () -> p.submit(SignInStrength.STRONG, NOW, NOW));
        assertEquals(PetitionStatus.DRAFT, p.status());
        assertThrows(InvalidInputException.class, () -> p.editDraft("x".repeat(201), TEXT, PetitionCategory.OTHER, NOW));
    }

    @Test
    void collectsUntilItsEndAndOnlyOnceThresholdIsReachedWhenTheRulesSaySo() {
        Petition p = collecting(Map.of(PetitionRules.THRESHOLD, "2", PetitionRules.TEXT_MIN, "10"));
        assertTrue(p.isCollecting(NOW.plus(Duration.ofDays(89))));
        assertFalse(p.isCollecting(NOW.plus(Duration.ofDays(90))));
        p.counted(2);
        assertTrue(p.hasReachedThreshold());
        p.thresholdReached(NOW, NOW.plus(Duration.ofDays(14)), NOW);
        assertFalse(p.isCollecting(NOW.plus(Duration.ofDays(1))), "collection stops at the threshold by default");

        Petition continuing = collecting(Map.of(PetitionRules.THRESHOLD, "2", PetitionRules.TEXT_MIN, "10",
                PetitionRules.CONTINUE_AFTER_THRESHOLD, "true"));
        continuing.counted(2);
        continuing.thresholdReached(NOW, NOW.plus(Duration.ofDays(14)), NOW);
        assertTrue(continuing.isCollecting(NOW.plus(Duration.ofDays(1))));
        assertTrue(continuing.isResponseOverdue(NOW.plus(Duration.ofDays(15))));
    }

    @Test
    void illegalStepsAreRefused() {
        Petition p = draft(Map.of(PetitionRules.TEXT_MIN, "10"));
        assertThrows(ConflictException.class, () -> p.publish(NOW, NOW), "a draft is not published before moderation");
        assertThrows(ConflictException.class, () -> p.answer(ResponseDecision.SUPPORTED, "Так", "Секретар", null, NOW));
        p.submit(SignInStrength.STRONG, NOW, NOW);
        assertThrows(InvalidInputException.class, () -> p.reject(RejectionReason.OTHER, "", NOW), "OTHER needs an explanation");
        p.reject(RejectionReason.DUPLICATE, null, NOW);
        assertEquals(PetitionStatus.REJECTED, p.status());
        assertThrows(ConflictException.class, () -> p.publish(NOW, NOW));
    }

    @Test
    void belowThresholdIsNotSupportedThenForwarded() {
        Petition p = collecting(Map.of(PetitionRules.TEXT_MIN, "10"));
        p.notSupported(NOW);
        p.forwarded(null, NOW);
        assertEquals(PetitionStatus.FORWARDED, p.status());
        assertThrows(ConflictException.class, () -> p.thresholdReached(NOW, NOW, NOW));
    }

    @Test
    void aCorrectionRecordsTheWholeOriginalTitleAndText() {
        Petition p = collecting(Map.of(PetitionRules.TEXT_MIN, "10"));
        String longer = (TEXT + " " + "Ще одна обставина. ".repeat(200)).strip();
        assertTrue(longer.length() > 2000);
        PetitionCorrection first = p.correct("Лавки в парку біля озера", longer, NOW.plusSeconds(60));
        assertEquals("Лавки в парку", first.originalTitle());
        assertEquals(TEXT, first.originalText());
        PetitionCorrection second = p.correct("Лавки в парку біля озера", longer.replace("обставина", "причина"), NOW.plusSeconds(120));
        assertEquals(longer, second.originalText(), "every character, past what an audit entry keeps");
        assertEquals(NOW.plusSeconds(120), second.correctedAt());
        assertThrows(ConflictException.class, () -> draft(Map.of()).correct("Лавки", TEXT, NOW), "only a published petition");
    }
}
