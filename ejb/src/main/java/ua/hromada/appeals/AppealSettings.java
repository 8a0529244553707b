package ua.hromada.appeals;

import java.util.List;
import java.util.Map;
import ua.hromada.core.tool.SettingsForm;
import ua.hromada.core.tool.ToolSetting;

/**
 * The community's terms for appeals, within the law's limits: an appeal at most 30 calendar days
 * (the law's month), an information request at most 5 working days; a community may set shorter
 * ones; and whether it keeps a public register of information requests. Edited in the community
 * settings console through the form the manifest declares.
 */
final class AppealSettings {
    static final ToolSetting APPEAL_DAYS = ToolSetting.number("appeals.appeal-days", "appeals.settings.appeal-days",
            AppealTerms.APPEAL_DAYS, 1, AppealTerms.APPEAL_DAYS);
    static final ToolSetting REQUEST_DAYS = ToolSetting.number("appeals.request-working-days", "appeals.settings.request-working-days",
            AppealTerms.INFORMATION_WORKING_DAYS, 1, AppealTerms.INFORMATION_WORKING_DAYS);

    /** The public register of information requests whose applicants allowed publishing (off unless the community keeps one). */
    static final ToolSetting PUBLIC_REGISTER = ToolSetting.flag("appeals.public-register", "appeals.settings.public-register", false);

    /** What the CONFIGURE row changes. */
    static final SettingsForm<AppealAction> FORM = new SettingsForm<>(List.of(APPEAL_DAYS, REQUEST_DAYS, PUBLIC_REGISTER),
            AppealPermissions.TABLE,
            AppealAction.CONFIGURE, "appeals.settings.hint");

    private AppealSettings() {
    }

    /** The community's terms (its settings, or the law's own). */
    static AppealTerms.Terms termsFrom(Map<String, String> settings) {
        return new AppealTerms.Terms(APPEAL_DAYS.numberIn(settings), REQUEST_DAYS.numberIn(settings));
    }
}
