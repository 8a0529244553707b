package ua.hromada.core.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CommunityCacheTest {
    private final AtomicInteger lookups = new AtomicInteger();
    private Optional<Community> stored = Optional.of(new Community("bucha", "Буча", "Bucha", ZoneId.of("Europe/Kyiv")));

    private CommunityCache cacheAt(Instant now) {
        CommunityCache cache = new CommunityCache();
        cache.clock = Clock.fixed(now, ZoneOffset.UTC);
        cache.directory = new CommunityDirectory() {
            @Override
            public Optional<Community> bySlug(String slug) {
                lookups.incrementAndGet();
                return stored;
            }
        };
        return cache;
    }

    @Test
    void repeatedLookupsWithinTheTtlHitTheDatabaseOnce() {
        CommunityCache cache = cacheAt(Instant.parse("2026-11-23T10:00:00Z"));
        for (int i = 0; i < 100; i++) {
            assertThat(cache.bySlug("bucha")).isPresent();
        }
        assertThat(lookups).hasValue(1);
    }

    @Test
    void expiredAndForgottenEntriesAreLoadedAgain() {
        Instant start = Instant.parse("2026-11-23T10:00:00Z");
        CommunityCache cache = cacheAt(start);
        cache.bySlug("bucha");
        cache.clock = Clock.fixed(start.plus(CommunityCache.TTL).plusSeconds(1), ZoneOffset.UTC);
        cache.bySlug("bucha");
        assertThat(lookups).hasValue(2);

        stored = Optional.empty();
        cache.forget("bucha");
        assertThat(cache.bySlug("bucha")).isEmpty();
        assertThat(lookups).hasValue(3);
    }

    @Test
    void unknownSlugsAreNotKeptAndWhatCannotBeASlugNeverReachesTheDatabase() {
        CommunityCache cache = cacheAt(Instant.parse("2026-11-23T10:00:00Z"));
        stored = Optional.empty();
        cache.bySlug("no-such");
        cache.bySlug("no-such");
        assertThat(lookups).as("an unknown slug is looked up each time, and never kept").hasValue(2);
        for (String garbage : new String[] {"a".repeat(600_000), "Буча", "../etc", "x%00", "", "UPPER"}) {
            assertThat(cache.bySlug(garbage)).isEmpty();
        }
        assertThat(lookups).as("no lookup for what cannot be a slug").hasValue(2);
    }
}
