package ua.hromada.appeals;

import java.io.Serializable;
import java.util.Objects;
import java.util.Set;

/**
 * Which of a community's appeals an official's console reaches: the secretariat's every one; a
 * department's staff those routed to their departments (its head also gives them to the staff);
 * a deputy those addressed to them. Outside it an appeal does not exist for them.
 */
public record AppealReach(boolean everything, long personId, Set<Long> departments, Set<Long> headed) implements Serializable {
    public AppealReach {
        departments = Set.copyOf(departments);
        headed = Set.copyOf(headed);
    }

    static AppealReach everything(long personId) {
        return new AppealReach(true, personId, Set.of(), Set.of());
    }

    public boolean covers(Appeal appeal) {
        return everything || Objects.equals(appeal.deputyId(), personId)
                || appeal.departmentId() != null && departments.contains(appeal.departmentId());
    }

    /** Whether they give this appeal to its department's staff: the secretariat, or the head of its department. */
    public boolean assigns(Appeal appeal) {
        return everything || appeal.departmentId() != null && headed.contains(appeal.departmentId());
    }
}
