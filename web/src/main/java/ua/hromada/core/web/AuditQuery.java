package ua.hromada.core.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.Page;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.audit.AuditFilter;
import ua.hromada.core.audit.AuditTrail;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityCache;

/**
 * The audit filters as a page and its CSV export read them from the query string (action, actor,
 * from, to as dates, and on the platform console the community's address), so both ask the audit
 * trail exactly the same question. Dates are whole local days in {@code zone}, both inclusive.
 */
public record AuditQuery(String action, String actor, String from, String to, String community) {

    static AuditQuery of(Function<String, String> parameter) {
        return new AuditQuery(text(parameter.apply("action")), text(parameter.apply("actor")), text(parameter.apply("from")),
                text(parameter.apply("to")), text(parameter.apply("community")));
    }

    /**
     * One page of the log: the community's (when {@code here} is set, as on its console) or the
     * platform's, narrowed to {@link #community} there. Unknown communities and bad dates refuse.
     */
    Page<AuditEntry> page(AuditTrail audit, CommunityCache communities, Community here, ZoneId zone, String cursor,
            int limit) {
        AuditFilter filter = new AuditFilter(action, actor, day(from, zone, 0), day(to, zone, 1));
        if (here != null) {
            return audit.ofCommunity(here.id(), filter, cursor, limit);
        }
        Long communityId = community.isEmpty() ? null : communities.bySlug(community)
                .orElseThrow(() -> new NotFoundException("community.not-found", community)).id();
        return audit.platformWide(communityId, filter, cursor, limit);
    }

    /** The filters as a query string (without "?"), for the next page and the CSV link. */
    String queryString() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("action", action);
        params.put("actor", actor);
        params.put("from", from);
        params.put("to", to);
        params.put("community", community);
        return params.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Instant day(String date, ZoneId zone, int plusDays) {
        if (date.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(date).plusDays(plusDays).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("audit.date.invalid", date);
        }
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }
}
