package ua.hromada.petitions;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;

/** The community's petition rules as its console edits them; they apply to petitions created afterwards. */
@Stateless
public class PetitionSettings {
    /** The settings this console may change; anything else is refused. */
    public static final Set<String> NAMES = Set.of(PetitionRules.THRESHOLD, PetitionRules.COLLECTION_DAYS,
            PetitionRules.MODERATION_DAYS, PetitionRules.CONSIDERATION_DAYS, PetitionRules.AUTHORS, PetitionRules.SIGNERS,
            PetitionRules.CONTINUE_AFTER_THRESHOLD, PetitionRules.TEXT_MIN, PetitionRules.TEXT_MAX,
            PetitionRules.PER_PERSON_MONTHLY);

    @PersistenceContext
    EntityManager em;

    @Inject
    PetitionReading reading;

    @Inject
    PetitionPermissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    CommunityCache cache;

    /** Anyone: the rules a petition created now would get. */
    public PetitionRules current() {
        Community community = reading.community();
        return PetitionRules.of(community.settings(), community.requiredSignIn(PetitionsTool.KEY));
    }

    /** Anyone: who may create petitions now. */
    public Eligibility authors() {
        return PetitionRules.authors(reading.community().settings());
    }

    /** Anyone: the per-person monthly limit on new petitions. */
    public int perPersonMonthly() {
        return PetitionRules.perPersonMonthly(reading.community().settings());
    }

    /** Local and national moderators: changes some of the rules; all are checked before any is saved. */
    public void change(Map<String, String> values) {
        Community community = em.find(Community.class, reading.community().id());
        permissions.require(PetitionAction.CONFIGURE, community.id());
        Map<String, String> merged = new HashMap<>(community.settings());
        Map<String, String> changed = new TreeMap<>();
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (!NAMES.contains(value.getKey()) || value.getValue() == null) {
                throw new InvalidInputException("petition.rules.unknown", value.getKey());
            }
            String v = value.getValue().strip();
            if (!v.equals(merged.get(value.getKey()))) {
                changed.put(value.getKey(), merged.getOrDefault(value.getKey(), "default") + " -> " + v);
            }
            merged.put(value.getKey(), v);
        }
        try {
            PetitionRules.of(merged, community.requiredSignIn(PetitionsTool.KEY));
            PetitionRules.authors(merged);
            PetitionRules.perPersonMonthly(merged);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("petition.rules.eligibility");
        }
        if (changed.isEmpty()) {
            return;
        }
        changed.keySet().forEach(name -> community.putSetting(name, merged.get(name)));
        audit.record(community.id(), "petition.rules", "community", community.id(), changed.toString());
        cache.forget(community.slug());
    }
}
