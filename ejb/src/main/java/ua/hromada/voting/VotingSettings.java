package ua.hromada.voting;

import java.util.List;
import java.util.Map;
import ua.hromada.core.tool.SettingsForm;
import ua.hromada.core.tool.ToolSetting;

/**
 * How often an open vote's chain head is published (a turnout checkpoint): often enough that the
 * published heads pin the turnout through the day, seldom enough not to crowd the ledger. Edited in
 * the community settings console through the form the manifest declares.
 */
public final class VotingSettings {
    public static final ToolSetting CHECKPOINT_MINUTES = ToolSetting.number("voting.checkpoint-minutes",
            "voting.settings.checkpoint-minutes", 10, 5, 60);

    /** What the CONFIGURE row changes. */
    static final SettingsForm<VoteAction> FORM = new SettingsForm<>(List.of(CHECKPOINT_MINUTES), VotePermissions.TABLE,
            VoteAction.CONFIGURE, "voting.settings.hint");

    private VotingSettings() {
    }

    public static int checkpointMinutesIn(Map<String, String> settings) {
        return CHECKPOINT_MINUTES.numberIn(settings);
    }
}
