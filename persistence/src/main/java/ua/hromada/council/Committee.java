package ua.hromada.council;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A standing committee of the council; each draft decision has one responsible for it. */
@Entity
@Table(name = "council_committee")
@NamedQuery(name = Committee.ALL, query = "select c from Committee c order by c.name, c.id")
public class Committee extends CouncilGroup {
    public static final String ALL = "Committee.all";

    protected Committee() {
    }

    public Committee(String name, Instant now) {
        super(name, now);
    }
}
