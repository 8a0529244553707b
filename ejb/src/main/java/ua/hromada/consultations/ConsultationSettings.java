package ua.hromada.consultations;

import java.util.List;
import java.util.Map;
import ua.hromada.core.tool.SettingsForm;
import ua.hromada.core.tool.ToolSetting;

/**
 * The community's consultation settings, edited in the community settings console through the
 * form the manifest declares ({@link #FORM}).
 */
final class ConsultationSettings {
    /** Whether a declared (unverified) residency counts as living here for residents-only consultations. */
    static final ToolSetting DECLARED_RESIDENCY = ToolSetting.flag("consultations.declared-residency",
            "consultation.settings.declared-residency", false);

    /**
     * Calendar days from a consultation's close to its final report: 14 by default, the term national
     * rules give executive bodies for publishing consultation results.
     */
    static final ToolSetting REPORT_DAYS = ToolSetting.number("consultations.report-days", "consultation.settings.report-days", 14, 1, 90);

    /** What moderators (the CONFIGURE row) change. */
    static final SettingsForm<ConsultationAction> FORM = new SettingsForm<>(List.of(DECLARED_RESIDENCY, REPORT_DAYS),
            ConsultationPermissions.TABLE, ConsultationAction.CONFIGURE, "consultation.settings.hint");

    private ConsultationSettings() {
    }

    /** Days from a consultation's close to its final report under these settings. */
    static int reportDaysFrom(Map<String, String> settings) {
        return REPORT_DAYS.numberIn(settings);
    }

    /** Whether these settings let a declared residency count for residents-only consultations (by default not). */
    static boolean acceptsDeclaredFrom(Map<String, String> settings) {
        return DECLARED_RESIDENCY.flagIn(settings);
    }
}
