package ua.hromada.appeals.api;

import ua.hromada.appeals.AppealOpenData;

/**
 * One line of the appeals' open data: a community's appeals of one month (of filing, in its time
 * zone), kind, status and department (none: the body as a whole), how many were filed, answered,
 * and answered by their due date.
 */
public record AppealCountDto(String community, String month, String kind, String status, Long departmentId, String department,
        long filed, long answered, long answeredOnTime) {
    static AppealCountDto of(AppealOpenData.Row r) {
        return new AppealCountDto(r.communitySlug(), r.month().toString(), r.kind().name(), r.status().name(), r.departmentId(),
                r.department() == null ? "" : r.department(), r.filed(), r.answered(), r.answeredOnTime());
    }

    /** The columns of the open-data CSV, and a line's cells in that order. */
    static final String[] COLUMNS = {"community", "month", "kind", "status", "department_id", "department", "filed", "answered",
        "answered_on_time"};

    Object[] cells() {
        return new Object[] {community, month, kind, status, departmentId, department, filed, answered, answeredOnTime};
    }
}
