package ua.hromada.core.tool;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;

/**
 * A tool's settings in a community, as its manifest declares them ({@link ToolSetting}): read with
 * their defaults, and changed all at once after every value and the tool's checks across them
 * passed; nothing is stored otherwise. The change is audited as {@code <key>.settings}.
 */
@Stateless
public class ToolSettings {
    @PersistenceContext
    EntityManager em;

    @Inject
    ToolRegistry registry;

    @Inject
    AuditTrail audit;

    @Inject
    CommunityCache cache;

    /** Anyone: the tool's settings in the community, in the manifest's order, stored or default. */
    public Map<ToolSetting, String> values(long communityId, String toolKey) {
        SettingsForm<?> form = formOf(communityId, toolKey);
        Community community = em.find(Community.class, communityId);
        Map<ToolSetting, String> values = new LinkedHashMap<>();
        form.fields().forEach(setting -> values.put(setting, setting.valueIn(community.settings())));
        return values;
    }

    /**
     * Those the tool's permission table lets configure it: changes some of its settings (by name);
     * an unknown name or a value out of bounds is refused, and so is a set the tool's checks refuse.
     */
    public void change(long communityId, String toolKey, Map<String, String> entered) {
        SettingsForm<?> form = formOf(communityId, toolKey);
        form.require(communityId);
        Community community = em.find(Community.class, communityId);
        Map<String, String> merged = new LinkedHashMap<>();
        form.fields().forEach(setting -> merged.put(setting.name(), setting.valueIn(community.settings())));
        Map<String, String> changed = new TreeMap<>();
        for (Map.Entry<String, String> value : entered.entrySet()) {
            ToolSetting setting = form.fields().stream().filter(s -> s.name().equals(value.getKey())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("tool.setting.unknown", value.getKey()));
            String normal = setting.normalise(value.getValue());
            if (!normal.equals(merged.get(setting.name()))) {
                changed.put(setting.name(), merged.get(setting.name()) + " -> " + normal);
            }
            merged.put(setting.name(), normal);
        }
        registry.find(toolKey).orElseThrow().checkSettings(Map.copyOf(merged));
        if (changed.isEmpty()) {
            return;
        }
        changed.keySet().forEach(name -> community.putSetting(name, merged.get(name)));
        audit.record(community.id(), toolKey + ".settings", "community", community.id(), changed.toString());
        cache.forget(community.slug());
    }

    /** The settings form of a registered tool that is on in the community and has settings; 404 otherwise. */
    public SettingsForm<?> formOf(long communityId, String toolKey) {
        Community community = em.find(Community.class, communityId);
        ToolManifest tool = registry.find(toolKey).orElse(null);
        if (community == null || tool == null || !community.hasTool(tool.key()) || tool.settings().isEmpty()) {
            throw new NotFoundException("community.tool.unknown");
        }
        SettingsForm<?> form = tool.settings().get();
        if (form.fields().stream().anyMatch(s -> !s.name().startsWith(tool.key() + "."))) {
            throw new IllegalStateException(tool.key() + ": a setting's name must start with the tool's key");
        }
        return form;
    }
}
