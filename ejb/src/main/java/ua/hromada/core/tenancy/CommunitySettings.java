package ua.hromada.core.tenancy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tool.ToolRegistry;

/**
 * Edits a community's settings: its moderators (and the platform's) switch tools, the sign-in
 * each tool accepts, the time zone and the residency localities; the platform console also renames. Every change is audited
 * with what it changed and evicted from {@link CommunityCache}, so the portal shows it at once.
 */
@Stateless
public class CommunitySettings {
    /** The zone of new communities and of the platform console's dates. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Europe/Kyiv");
    /**
     * The zones the consoles offer: Ukraine's, then its neighbours' and UTC, for bodies working
     * across a border. A short list on purpose: a slip in a 600-entry select moves legal deadlines.
     */
    public static final List<String> ZONES = List.of("Europe/Kyiv", "Europe/Warsaw", "Europe/Bratislava",
            "Europe/Budapest", "Europe/Bucharest", "Europe/Chisinau", "Europe/Berlin", "Europe/London", "UTC");

    @PersistenceContext
    EntityManager em;

    @Inject
    Permissions permissions;

    @Inject
    AuditTrail audit;

    @Inject
    CommunityCache cache;

    @Inject
    ToolRegistry registry;

    /** The community's moderators, national moderators, platform administrators: the community as it is now. */
    public Community of(long communityId) {
        permissions.require(Action.COMMUNITY_SETTINGS_EDIT, communityId);
        return find(communityId);
    }

    /**
     * The community's moderators, national moderators, platform administrators: switches on exactly
     * {@code tools} (keys of registered tools; any other is refused), sets the sign-in each of them accepts (tools missing from {@code signIn} keep
     * theirs) and the time zone.
     */
    public Community change(long communityId, Set<String> tools, Map<String, SignInStrength> signIn, String zone) {
        permissions.require(Action.COMMUNITY_SETTINGS_EDIT, communityId);
        Community community = find(communityId);
        registry.requireRegistered(tools);
        ZoneId newZone = zone(zone);
        List<Optional<String>> changes = new ArrayList<>();
        changes.add(community.switchTools(tools));
        for (String tool : community.tools()) {
            if (signIn.containsKey(tool)) {
                changes.add(community.requireSignIn(tool, signIn.get(tool)));
            }
        }
        changes.add(community.moveTo(newZone));
        return record(community, "community.settings", changes);
    }

    /**
     * The community's moderators, national moderators, platform administrators: which localities
     * (and, optionally, which region) make a strong sign-in's address a verified residency here.
     * People gain or lose the residency at their next sign-in ({@code Residencies.fromAddress}).
     */
    public Community changeResidency(long communityId, List<String> localities, String region) {
        permissions.require(Action.COMMUNITY_SETTINGS_EDIT, communityId);
        Community community = find(communityId);
        return record(community, "community.residency", List.of(community.residentsOf(localities, region)));
    }

    /**
     * The community's moderators, national moderators, platform administrators: how many days a
     * person waits before changing a declared residency to this community (0 to 366).
     */
    public Community changeDeclarationPeriod(long communityId, int days) {
        permissions.require(Action.COMMUNITY_SETTINGS_EDIT, communityId);
        Community community = find(communityId);
        return record(community, "community.residency", List.of(community.waitBeforeDeclarationChange(days)));
    }

    /** National moderators and platform administrators: names, time zone and tools of any community. */
    public Community edit(long communityId, String nameUk, String nameEn, String zone, Set<String> tools) {
        permissions.require(Action.COMMUNITY_EDIT, null);
        Community community = find(communityId);
        registry.requireRegistered(tools);
        ZoneId newZone = zone(zone);
        return record(community, "community.edit",
                List.of(community.rename(nameUk, nameEn), community.moveTo(newZone), community.switchTools(tools)));
    }

    /** Anyone: a zone the consoles offer, or a refusal naming what was sent. */
    public static ZoneId zone(String id) {
        if (id == null || !ZONES.contains(id)) {
            throw new InvalidInputException("community.zone.invalid", String.valueOf(id));
        }
        return ZoneId.of(id);
    }

    private Community record(Community community, String action, List<Optional<String>> changes) {
        String summary = changes.stream().flatMap(Optional::stream).collect(Collectors.joining("; "));
        if (!summary.isEmpty()) {
            audit.record(community.id(), action, "community", community.id(), summary);
            cache.forget(community.slug());
        }
        return community;
    }

    private Community find(long id) {
        Community community = em.find(Community.class, id);
        if (community == null) {
            throw new NotFoundException("community.not-found", id);
        }
        return community;
    }
}
