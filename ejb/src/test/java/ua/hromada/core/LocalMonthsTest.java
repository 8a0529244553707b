package ua.hromada.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalMonthsTest {
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Test
    void kyivsOffsetChangesAtTheEndsOfSummerTimeWithinTheSpan() {
        List<Object> parameters = new ArrayList<>();
        String sql = LocalMonths.offsetSeconds("a.t", KYIV, new LocalMonths.Span(Instant.parse("2026-01-10T00:00:00Z"),
                Instant.parse("2026-12-31T00:00:00Z")), parameters);
        assertThat(sql).isEqualTo("case when a.t < ?1 then 7200 when a.t < ?2 then 10800 else 7200 end");
        assertThat(parameters).containsExactly(Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"));
    }

    @Test
    void aSpanWithoutAChangeIsOneOffsetAndAZoneWithoutSummerTimeToo() {
        List<Object> parameters = new ArrayList<>();
        assertThat(LocalMonths.offsetSeconds("a.t", KYIV, new LocalMonths.Span(Instant.parse("2026-04-01T00:00:00Z"),
                Instant.parse("2026-06-30T00:00:00Z")), parameters)).isEqualTo("10800");
        assertThat(LocalMonths.offsetSeconds("a.t", ZoneId.of("UTC"), new LocalMonths.Span(Instant.parse("2020-01-01T00:00:00Z"),
                Instant.parse("2026-06-30T00:00:00Z")), parameters)).isEqualTo("0");
        assertThat(parameters).isEmpty();
    }

    @Test
    void theMonthShiftsEachRowByItsZonesOffsetNumberingParametersInOrder() {
        Map<ZoneId, LocalMonths.Span> spans = new LinkedHashMap<>();
        spans.put(KYIV, new LocalMonths.Span(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z")));
        spans.put(ZoneId.of("Asia/Kolkata"), new LocalMonths.Span(Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z")));
        List<Object> parameters = new ArrayList<>(List.of("before"));
        String sql = LocalMonths.of("a.t", "c.z", spans, parameters);
        assertThat(sql).isEqualTo("extract(year_month from a.t + interval (case c.z when ?2 then 10800 when ?3 then 19800 else 0 end)"
                + " second)");
        assertThat(parameters).containsExactly("before", "Europe/Kyiv", "Asia/Kolkata");
    }
}
