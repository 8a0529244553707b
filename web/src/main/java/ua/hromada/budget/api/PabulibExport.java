package ua.hromada.budget.api;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestResults;
import ua.hromada.core.web.CsvTable;

/**
 * One category of a closed contest as a pabulib file (pabulib.org/format): its budget, projects
 * with votes and whether they were selected, and its ballots under numbered voter ids (nothing of
 * who voted). Text cells are formula-safe, as every CSV of the platform.
 */
final class PabulibExport {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator('\n').get();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private PabulibExport() {
    }

    static void write(java.io.OutputStream out, Contest contest, String unit, ZoneId zone, ContestResults.CategoryResult category,
            List<List<String>> ballots) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord("META");
        printer.printRecord("key", "value");
        meta(printer, "description", contest.title() + " — " + category.category().name());
        meta(printer, "country", "Ukraine");
        meta(printer, "unit", unit);
        meta(printer, "instance", String.valueOf(contest.dates().voting().atZone(zone).getYear()));
        meta(printer, "num_projects", String.valueOf(category.lines().size()));
        meta(printer, "num_votes", String.valueOf(ballots.size()));
        meta(printer, "budget", hryvnias(category.category().budget()));
        meta(printer, "vote_type", "approval");
        meta(printer, "rule", contest.rule() == ua.hromada.budget.SelectionRule.EQUAL_SHARES ? "equalshares" : "greedy");
        meta(printer, "date_begin", contest.dates().voting().atZone(zone).format(DAY));
        meta(printer, "date_end", contest.dates().results().atZone(zone).format(DAY));
        printer.printRecord("PROJECTS");
        printer.printRecord("project_id", "cost", "votes", "name", "selected");
        for (ContestResults.Line line : category.lines()) {
            printer.printRecord(CsvTable.cell(line.project().number()), hryvnias(line.project().cost()), line.approvals(),
                    CsvTable.cell(line.project().title()), line.winner() ? 1 : 0);
        }
        printer.printRecord("VOTES");
        printer.printRecord("voter_id", "vote");
        for (int i = 0; i < ballots.size(); i++) {
            printer.printRecord(i + 1, CsvTable.cell(String.join(",", ballots.get(i))));
        }
        printer.flush();
    }

    private static void meta(CSVPrinter printer, String key, String value) throws IOException {
        printer.printRecord(key, CsvTable.cell(value));
    }

    /** Kopecks as the file's amount: "1000000" or "102533.36", exactly. */
    private static String hryvnias(long kopecks) {
        return BigDecimal.valueOf(kopecks, 2).stripTrailingZeros().toPlainString();
    }
}
