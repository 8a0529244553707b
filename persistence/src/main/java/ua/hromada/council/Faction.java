package ua.hromada.council;

import jakarta.persistence.Entity;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** A faction of the council (a party's group of deputies). */
@Entity
@Table(name = "council_faction")
@NamedQuery(name = Faction.ALL, query = "select f from Faction f order by f.name, f.id")
public class Faction extends CouncilGroup {
    public static final String ALL = "Faction.all";

    protected Faction() {
    }

    public Faction(String name, Instant now) {
        super(name, now);
    }
}
