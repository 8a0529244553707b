package ua.hromada.appeals.api;

import java.util.List;
import ua.hromada.appeals.AppealOpenData;

/**
 * One line of the directory's open data: a department of a community, its contacts as the public
 * directory shows them, its heads by name, and how many of its appeals are overdue now.
 */
public record DirectoryEntryDto(String community, long departmentId, String name, String contacts, List<String> heads, long overdue) {
    static DirectoryEntryDto of(AppealOpenData.DirectoryEntry e) {
        return new DirectoryEntryDto(e.communitySlug(), e.departmentId(), e.name(), e.contacts() == null ? "" : e.contacts(), e.heads(),
                e.overdue());
    }

    /** The columns of the directory's CSV (the heads in one cell, separated by "; "), and a line's cells in that order. */
    static final String[] COLUMNS = {"community", "department_id", "name", "contacts", "heads", "overdue"};

    Object[] cells() {
        return new Object[] {community, departmentId, name, contacts, String.join("; ", heads), overdue};
    }
}
