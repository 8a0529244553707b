package ua.hromada.core.api;

import java.util.List;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;

/** A community as the API shows it, with the keys of its enabled registered tools. */
public record CommunityDto(String slug, String nameUk, String nameEn, String timeZone, List<String> tools) {
    static CommunityDto of(Community c, ToolRegistry registry) {
        return new CommunityDto(c.slug(), c.nameUk(), c.nameEn(), c.zone().getId(),
                registry.enabledIn(c).stream().map(ToolManifest::key).toList());
    }
}
