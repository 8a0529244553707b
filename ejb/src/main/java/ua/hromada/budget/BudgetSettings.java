package ua.hromada.budget;

import java.util.List;
import java.util.Map;
import ua.hromada.core.tool.SettingsForm;
import ua.hromada.core.tool.ToolSetting;

/**
 * The community's participatory budget settings, edited in the community settings console through
 * the form the manifest declares ({@link #FORM}).
 */
final class BudgetSettings {
    /** Whether a contest may let a declared (unverified) residency count as living here. */
    static final ToolSetting DECLARED_RESIDENCY = ToolSetting.flag("budget.declared-residency", "budget.settings.declared-residency",
            false);

    /** What moderators (the CONFIGURE row) change. */
    static final SettingsForm<BudgetAction> FORM = new SettingsForm<>(List.of(DECLARED_RESIDENCY), BudgetPermissions.TABLE,
            BudgetAction.CONFIGURE, "budget.settings.hint");

    private BudgetSettings() {
    }

    /** Whether these settings let a contest accept a declared residency (by default not). */
    static boolean acceptsDeclaredFrom(Map<String, String> settings) {
        return DECLARED_RESIDENCY.flagIn(settings);
    }
}
