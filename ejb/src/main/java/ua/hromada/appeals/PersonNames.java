package ua.hromada.appeals;

import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Names as the identity provider gave them, by person: officials and deputies are named at their work. */
final class PersonNames {
    private PersonNames() {
    }

    static Map<Long, String> of(EntityManager em, Collection<Long> people) {
        Map<Long, String> names = new HashMap<>();
        if (people.isEmpty()) {
            return names;
        }
        for (Object r : em.createNativeQuery("select id, full_name from person where id in (?1)").setParameter(1, people).getResultList()) {
            Object[] row = (Object[]) r;
            names.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return names;
    }
}
