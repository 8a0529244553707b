package ua.hromada.petitions.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;
import ua.hromada.petitions.Eligibility;
import ua.hromada.petitions.PetitionAction;
import ua.hromada.petitions.PetitionPermissions;
import ua.hromada.petitions.PetitionRules;
import ua.hromada.petitions.PetitionSettings;

/** The community's petition rules on their own console page; the bean validates and audits them. */
@Named
@ViewScoped
public class PetitionRulesConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PetitionSettings settings;

    @Inject
    PetitionPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private final Rules rules = new Rules();

    /** f:viewAction: those who may configure petitions only. */
    public void load() throws IOException {
        if (!permissions.allows(PetitionAction.CONFIGURE, tenant.require().id())) {
            access.refuse("/" + tenant.require().slug() + "/admin/petitions/rules");
            return;
        }
        PetitionRules current = settings.current();
        rules.threshold = current.threshold();
        rules.collectionDays = current.collectionDays();
        rules.moderationDays = current.moderationDays();
        rules.considerationDays = current.considerationDays();
        rules.signers = current.signers();
        rules.continueAfterThreshold = current.continueAfterThreshold();
        rules.textMin = current.textMin();
        rules.textMax = current.textMax();
        rules.authors = settings.authors();
        rules.perPersonMonthly = settings.perPersonMonthly();
    }

    public void save() {
        Messages.attempt(language.getLocale(), "petition.console.rules-saved", () -> settings.change(Map.of(
                PetitionRules.THRESHOLD, String.valueOf(rules.threshold),
                PetitionRules.COLLECTION_DAYS, String.valueOf(rules.collectionDays),
                PetitionRules.MODERATION_DAYS, String.valueOf(rules.moderationDays),
                PetitionRules.CONSIDERATION_DAYS, String.valueOf(rules.considerationDays),
                PetitionRules.AUTHORS, rules.authors.name(), PetitionRules.SIGNERS, rules.signers.name(),
                PetitionRules.CONTINUE_AFTER_THRESHOLD, String.valueOf(rules.continueAfterThreshold),
                PetitionRules.TEXT_MIN, String.valueOf(rules.textMin), PetitionRules.TEXT_MAX, String.valueOf(rules.textMax),
                PetitionRules.PER_PERSON_MONTHLY, String.valueOf(rules.perPersonMonthly))));
    }

    public Eligibility[] getEligibilities() {
        return Eligibility.values();
    }

    public Rules getRules() {
        return rules;
    }

    /** The rules form; the bean validates the values together before any is saved. */
    public static class Rules implements Serializable {
        private static final long serialVersionUID = 1L;
        private int threshold;
        private int collectionDays;
        private int moderationDays;
        private int considerationDays;
        private Eligibility authors;
        private Eligibility signers;
        private boolean continueAfterThreshold;
        private int textMin;
        private int textMax;
        private int perPersonMonthly;

        public int getThreshold() {
            return threshold;
        }

        public void setThreshold(int threshold) {
            this.threshold = threshold;
        }

        public int getCollectionDays() {
            return collectionDays;
        }

        public void setCollectionDays(int collectionDays) {
            this.collectionDays = collectionDays;
        }

        public int getModerationDays() {
            return moderationDays;
        }

        public void setModerationDays(int moderationDays) {
            this.moderationDays = moderationDays;
        }

        public int getConsiderationDays() {
            return considerationDays;
        }

        public void setConsiderationDays(int considerationDays) {
            this.considerationDays = considerationDays;
        }

        public Eligibility getAuthors() {
            return authors;
        }

        public void setAuthors(Eligibility authors) {
            this.authors = authors;
        }

        public Eligibility getSigners() {
            return signers;
        }

        public void setSigners(Eligibility signers) {
            this.signers = signers;
        }

        public boolean isContinueAfterThreshold() {
            return continueAfterThreshold;
        }

        public void setContinueAfterThreshold(boolean continueAfterThreshold) {
            this.continueAfterThreshold = continueAfterThreshold;
        }

        public int getTextMin() {
            return textMin;
        }

        public void setTextMin(int textMin) {
            this.textMin = textMin;
        }

        public int getTextMax() {
            return textMax;
        }

        public void setTextMax(int textMax) {
            this.textMax = textMax;
        }

        public int getPerPersonMonthly() {
            return perPersonMonthly;
        }

        public void setPerPersonMonthly(int perPersonMonthly) {
            this.perPersonMonthly = perPersonMonthly;
        }
    }
}
