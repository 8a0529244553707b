package ua.hromada.core.tool;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.tenancy.Community;

/**
 * The tools this installation has: every {@link ToolManifest} bean, found by CDI at deployment.
 * Only registered tools can be switched on; the consoles, home page, cabinet and navigation list
 * what is here. Checks at start that keys are well formed and unique.
 */
@ApplicationScoped
public class ToolRegistry {
    @Inject
    @Any
    Instance<ToolManifest> found;

    private Map<String, ToolManifest> byKey;
    private List<ToolManifest> ordered;

    @PostConstruct
    void collect() {
        Map<String, ToolManifest> keyed = new LinkedHashMap<>();
        found.stream().sorted(Comparator.comparing(ToolManifest::key)).forEach(tool -> {
            if (!Community.TOOL_KEY.matcher(tool.key()).matches()) {
                throw new IllegalStateException("tool key not lower-case letters, digits and hyphens: " + tool.key());
            }
            if (keyed.putIfAbsent(tool.key(), tool) != null) {
                throw new IllegalStateException("two tools registered as " + tool.key());
            }
        });
        byKey = Map.copyOf(keyed);
        ordered = List.copyOf(keyed.values());
    }

    /** Every registered tool, by key. */
    public List<ToolManifest> all() {
        return ordered;
    }

    public Optional<ToolManifest> find(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key));
    }

    public boolean isRegistered(String key) {
        return key != null && byKey.containsKey(key);
    }

    /** The registered tools a community has switched on (rows of unregistered ones stay inert). */
    public List<ToolManifest> enabledIn(Community community) {
        return ordered.stream().filter(tool -> community.hasTool(tool.key())).toList();
    }

    /** {@code keys} when every one names a registered tool; refuses the first that does not. */
    public Set<String> requireRegistered(Set<String> keys) {
        for (String key : keys) {
            if (!isRegistered(key)) {
                throw new InvalidInputException("community.tool.unknown", String.valueOf(key));
            }
        }
        return keys;
    }
}
