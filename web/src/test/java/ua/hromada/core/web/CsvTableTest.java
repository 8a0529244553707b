package ua.hromada.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void textThatASpreadsheetWouldRunStaysText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvTable csv = CsvTable.open(out, "name", "count", "at")) {
            csv.row("=HYPERLINK(\"http://evil.example\",\"click\")", -5, Instant.parse("2026-12-01T10:00:00Z"));
            for (String attack : new String[] {"+1+1", "-2+3", "@SUM(A1)", "\tTAB", "\rCR", "Олена"}) {
                csv.row(attack, 1, null);
            }
        }
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\ufeffname,count,at\r\n")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",-5,2026-12-01T10:00:00Z")
                .contains("'+1+1,1,", "'-2+3,1,", "'@SUM(A1),1,", "'\tTAB,1,", "\"'\rCR\",1,", "\r\nОлена,1,")
                .doesNotContain(",=", "\n=", "\n+", "\n@");
    }
}
