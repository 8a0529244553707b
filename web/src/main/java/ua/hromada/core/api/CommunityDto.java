package ua.hromada.core.api;

import java.util.List;
import ua.hromada.core.tenancy.Community;

/** A community as the API shows it. */
public record CommunityDto(String slug, String nameUk, String nameEn, String timeZone, List<String> tools) {
    static CommunityDto of(Community c) {
        return new CommunityDto(c.slug(), c.nameUk(), c.nameEn(), c.zone().getId(),
                c.tools().stream().map(t -> t.name().toLowerCase()).toList());
    }
}
