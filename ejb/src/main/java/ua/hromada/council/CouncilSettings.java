package ua.hromada.council;

import java.util.List;
import java.util.Map;
import ua.hromada.core.tool.SettingsForm;
import ua.hromada.core.tool.ToolSetting;

/**
 * The council's composition as the law sets it for the community (the number of deputies it has,
 * whether or not every seat is filled): what "a majority of the composition" counts against.
 * Edited in the community settings console through the form the manifest declares.
 */
public final class CouncilSettings {
    /** From a village council's 12 to Kyiv's 120; 26 is a city community of 20,000–50,000 voters. */
    public static final ToolSetting COMPOSITION = ToolSetting.number("council.composition", "council.settings.composition", 26, 12, 120);

    /** What the CONFIGURE row changes. */
    static final SettingsForm<CouncilAction> FORM = new SettingsForm<>(List.of(COMPOSITION), CouncilPermissions.TABLE,
            CouncilAction.CONFIGURE, "council.settings.hint");

    private CouncilSettings() {
    }

    /** The community's composition (its setting, or the default). */
    public static int compositionIn(Map<String, String> settings) {
        return COMPOSITION.numberIn(settings);
    }
}
