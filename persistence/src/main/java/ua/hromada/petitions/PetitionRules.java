package ua.hromada.petitions;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.identity.SignInStrength;

/**
 * A community's petition rules as they stood when a petition was created (read from the
 * community's settings by {@code PetitionSettings}, whose manifest form declares their bounds); the petition keeps
 * them, so a later change of the community's settings applies to new petitions only.
 */
@Embeddable
public class PetitionRules {
    public static final String THRESHOLD = "petitions.threshold";
    public static final String COLLECTION_DAYS = "petitions.collection-days";
    public static final String MODERATION_DAYS = "petitions.moderation-days";
    public static final String CONSIDERATION_DAYS = "petitions.consideration-days";
    public static final String AUTHORS = "petitions.authors";
    public static final String SIGNERS = "petitions.signers";
    public static final String CONTINUE_AFTER_THRESHOLD = "petitions.continue-after-threshold";
    public static final String TEXT_MIN = "petitions.text-min";
    public static final String TEXT_MAX = "petitions.text-max";
    public static final String PER_PERSON_MONTHLY = "petitions.per-person-monthly";
    /** The law's ceiling is three calendar months; days beyond that are cut by the calendar. */
    public static final int COLLECTION_DAYS_MAX = 92;
    public static final int TEXT_LIMIT = 20_000;

    @Column(name = "rule_threshold", nullable = false)
    private int threshold;

    @Column(name = "rule_collection_days", nullable = false)
    private int collectionDays;

    @Column(name = "rule_moderation_days", nullable = false)
    private int moderationDays;

    @Column(name = "rule_consideration_days", nullable = false)
    private int considerationDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_signers", nullable = false, length = 16)
    private Eligibility signers;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_sign_in", nullable = false, length = 16)
    private SignInStrength signIn;

    @Column(name = "rule_continue_after_threshold", nullable = false)
    private boolean continueAfterThreshold;

    @Column(name = "rule_text_min", nullable = false)
    private int textMin;

    @Column(name = "rule_text_max", nullable = false)
    private int textMax;

    protected PetitionRules() {
    }

    /** Rules as the community's settings give them; the text bounds must not cross. */
    public PetitionRules(int threshold, int collectionDays, int moderationDays, int considerationDays, Eligibility signers,
            SignInStrength signIn, boolean continueAfterThreshold, int textMin, int textMax) {
        if (textMin > textMax) {
            throw new InvalidInputException("petition.rules.text-range", textMin, textMax);
        }
        this.threshold = threshold;
        this.collectionDays = collectionDays;
        this.moderationDays = moderationDays;
        this.considerationDays = considerationDays;
        this.signers = signers;
        this.signIn = signIn;
        this.continueAfterThreshold = continueAfterThreshold;
        this.textMin = textMin;
        this.textMax = textMax;
    }

    public int threshold() {
        return threshold;
    }

    public int collectionDays() {
        return collectionDays;
    }

    public int moderationDays() {
        return moderationDays;
    }

    public int considerationDays() {
        return considerationDays;
    }

    public Eligibility signers() {
        return signers;
    }

    public SignInStrength signIn() {
        return signIn;
    }

    public boolean continueAfterThreshold() {
        return continueAfterThreshold;
    }

    public int textMin() {
        return textMin;
    }

    public int textMax() {
        return textMax;
    }
}
