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

    /** Supporters a submitted project needs to enter review; a contest fixes the number when it is published. */
    static final ToolSetting SUPPORTERS = ToolSetting.number("budget.supporters", "budget.settings.supporters", 10, 0, 10_000);

    /** What moderators (the CONFIGURE row) change. */
    static final SettingsForm<BudgetAction> FORM = new SettingsForm<>(List.of(DECLARED_RESIDENCY, SUPPORTERS), BudgetPermissions.TABLE,
            BudgetAction.CONFIGURE, "budget.settings.hint");

    private BudgetSettings() {
    }

    static int supportersFrom(Map<String, String> settings) {
        return SUPPORTERS.numberIn(settings);
    }

    /** Whether these settings let a contest accept a declared residency (by default not). */
    static boolean acceptsDeclaredFrom(Map<String, String> settings) {
        return DECLARED_RESIDENCY.flagIn(settings);
    }
}
