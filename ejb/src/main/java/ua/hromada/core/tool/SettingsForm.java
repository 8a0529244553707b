package ua.hromada.core.tool;

import java.util.List;
import ua.hromada.core.access.PermissionTable;
import ua.hromada.core.access.Subject;

/**
 * A tool's settings as its manifest declares them: the typed settings in the order the form shows
 * them, the row of the tool's permission table that lets an official change them, and an optional
 * hint shown above the form (a message key, or null).
 */
public record SettingsForm<A extends Enum<A>>(List<ToolSetting> fields, PermissionTable<A> table, A configure, String hintKey) {
    public SettingsForm {
        fields = List.copyOf(fields);
    }

    /** Whether the current person may change the settings in the community. */
    public boolean allows(long communityId) {
        return table.allows(configure, Subject.community(communityId));
    }

    /** Refuses (401 or 403, as the table says) unless the current person may change them. */
    public void require(long communityId) {
        table.require(configure, Subject.community(communityId));
    }
}
