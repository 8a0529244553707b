package ua.hromada.petitions;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.SettingsForm;
import ua.hromada.core.tool.ToolSetting;
import ua.hromada.core.tool.ToolSettings;

/**
 * The community's petition rules: typed settings with the law's defaults and bounds, edited in the
 * community settings console through the form the manifest declares ({@link #FORM}); they apply
 * to petitions created afterwards.
 */
@Stateless
public class PetitionSettings {
    static final ToolSetting THRESHOLD = ToolSetting.number(PetitionRules.THRESHOLD, "petition.rules.threshold", 100, 1, 1_000_000);
    static final ToolSetting COLLECTION_DAYS = ToolSetting.number(PetitionRules.COLLECTION_DAYS, "petition.rules.collection-days",
            90, 1, PetitionRules.COLLECTION_DAYS_MAX);
    static final ToolSetting MODERATION_DAYS = ToolSetting.number(PetitionRules.MODERATION_DAYS, "petition.rules.moderation-days", 2, 1, 30);
    static final ToolSetting CONSIDERATION_DAYS = ToolSetting.number(PetitionRules.CONSIDERATION_DAYS,
            "petition.rules.consideration-days", 10, 1, 60);
    static final ToolSetting AUTHORS = ToolSetting.choice(PetitionRules.AUTHORS, "petition.rules.authors", Eligibility.RESIDENTS,
            "petition.eligibility.");
    static final ToolSetting SIGNERS = ToolSetting.choice(PetitionRules.SIGNERS, "petition.rules.signers", Eligibility.RESIDENTS,
            "petition.eligibility.");
    /** Whether a declared (unverified) residency counts as living here for residents-only petitions. */
    static final ToolSetting DECLARED_RESIDENCY = ToolSetting.flag("petitions.declared-residency",
            "petition.rules.declared-residency", false);
    static final ToolSetting CONTINUE_AFTER_THRESHOLD = ToolSetting.flag(PetitionRules.CONTINUE_AFTER_THRESHOLD,
            "petition.rules.continue", false);
    static final ToolSetting TEXT_MIN = ToolSetting.number(PetitionRules.TEXT_MIN, "petition.rules.text-min", 100, 1, PetitionRules.TEXT_LIMIT);
    static final ToolSetting TEXT_MAX = ToolSetting.number(PetitionRules.TEXT_MAX, "petition.rules.text-max", 5_000, 1, PetitionRules.TEXT_LIMIT);
    static final ToolSetting PER_PERSON_MONTHLY = ToolSetting.number(PetitionRules.PER_PERSON_MONTHLY, "petition.rules.per-person",
            3, 1, 1000);

    /** The petitions settings form: what moderators (the CONFIGURE row) change. */
    static final SettingsForm<PetitionAction> FORM = new SettingsForm<>(List.of(THRESHOLD, COLLECTION_DAYS, MODERATION_DAYS,
            CONSIDERATION_DAYS, AUTHORS, SIGNERS, DECLARED_RESIDENCY, CONTINUE_AFTER_THRESHOLD, TEXT_MIN, TEXT_MAX, PER_PERSON_MONTHLY),
            PetitionPermissions.TABLE, PetitionAction.CONFIGURE, "petition.console.rules.hint");

    @Inject
    PetitionReading reading;

    @Inject
    ToolSettings settings;

    /** The rules a petition created under these settings (and this sign-in strength) gets. */
    static PetitionRules rulesFrom(Map<String, String> settings, SignInStrength signIn) {
        return new PetitionRules(THRESHOLD.numberIn(settings), COLLECTION_DAYS.numberIn(settings), MODERATION_DAYS.numberIn(settings),
                CONSIDERATION_DAYS.numberIn(settings), SIGNERS.choiceIn(settings, Eligibility.class), signIn,
                CONTINUE_AFTER_THRESHOLD.flagIn(settings), TEXT_MIN.numberIn(settings), TEXT_MAX.numberIn(settings));
    }

    /** Who may create petitions under these settings. */
    static Eligibility authorsFrom(Map<String, String> settings) {
        return AUTHORS.choiceIn(settings, Eligibility.class);
    }

    /** Whether these settings let a declared residency count for residents-only petitions (by default not). */
    static boolean acceptsDeclaredFrom(Map<String, String> settings) {
        return DECLARED_RESIDENCY.flagIn(settings);
    }

    /** How many petitions one person may create in a community per 30 days under these settings. */
    static int perPersonMonthlyFrom(Map<String, String> settings) {
        return PER_PERSON_MONTHLY.numberIn(settings);
    }

    /** Anyone: the rules a petition created now would get. */
    public PetitionRules current() {
        Community community = reading.community();
        return rulesFrom(community.settings(), community.requiredSignIn(PetitionsTool.KEY));
    }

    /** Anyone: who may create petitions now. */
    public Eligibility authors() {
        return authorsFrom(reading.community().settings());
    }

    /** Anyone: the per-person monthly limit on new petitions. */
    public int perPersonMonthly() {
        return perPersonMonthlyFrom(reading.community().settings());
    }

    /** Local and national moderators: changes some of the rules (core checks them all, then saves and audits). */
    public void change(Map<String, String> values) {
        settings.change(reading.community().id(), PetitionsTool.KEY, values);
    }
}
