package ua.hromada.budget;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import ua.hromada.core.InvalidInputException;

/**
 * A participatory budget in the pabulib format (pabulib.org/format): sections {@code META}
 * ({@code key;value}), {@code PROJECTS} and {@code VOTES}, each a {@code ;}-separated header and
 * rows. One file is one budget: its {@code category} column holds thematic tags, which become the
 * projects' labels. Costs and the budget are kept exactly ({@code 102533.36}; a {@code ,} decimal
 * separator reads as {@code .}); a vote lists approved project ids separated by {@code ,} (ordinal,
 * cumulative and scoring votes read as approval of every project named).
 *
 * <p>Whatever breaks the format is refused as {@code budget.pabulib.*} with the line number first.
 */
public record PabulibFile(Map<String, String> meta, BigDecimal budget, List<Project> projects, List<Voter> voters) {
    /** One project of the file: its id (the contest's project number), cost, name and tags. */
    public record Project(String number, BigDecimal cost, String name, List<String> labels) {
    }

    /** One voter: the file's voter id and the project ids they approved, in the file's order. */
    public record Voter(String id, List<String> approved) {
    }

    private static final CSVFormat ROW = CSVFormat.DEFAULT.builder().setDelimiter(';').setQuote('"')
            .setIgnoreSurroundingSpaces(true).get();
    private static final int TOLD_EVERY = 1000;
    private static final Set<String> SECTIONS = Set.of("META", "PROJECTS", "VOTES");

    public PabulibFile {
        meta = Map.copyOf(meta);
        projects = List.copyOf(projects);
        voters = List.copyOf(voters);
    }

    /** The file's approval vote, as both selection rules read it. */
    public ApprovalElection election() {
        return ApprovalElection.ofNumbers(budget,
                projects.stream().map(p -> new ApprovalElection.Project(p.number(), p.cost())).toList(),
                voters.stream().map(Voter::approved).toList());
    }

    /** Reads a whole file; refuses it at the first line that breaks the format. */
    public static PabulibFile read(BufferedReader in) {
        return read(in, ImportProgress.NONE);
    }

    /** The same, telling {@code progress} the lines read a thousand at a time. */
    public static PabulibFile read(BufferedReader in, ImportProgress progress) {
        Reading reading = new Reading();
        try {
            String line;
            long read = 0;
            while ((line = in.readLine()) != null) {
                reading.line(line);
                if (++read % TOLD_EVERY == 0) {
                    progress.read(TOLD_EVERY);
                }
            }
            progress.read(read % TOLD_EVERY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reading.finish();
    }

    private static final class Reading {
        private final Map<String, String> meta = new LinkedHashMap<>();
        private final List<Project> projects = new ArrayList<>();
        private final Map<String, Project> byNumber = new HashMap<>();
        private final List<Voter> voters = new ArrayList<>();
        private final Set<String> voterIds = new HashSet<>();
        private final Set<String> seen = new HashSet<>();
        private String section;
        private Map<String, Integer> columns;
        private int number;
        private int budgetLine;

        void line(String text) {
            number++;
            if (number == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            if (text.isBlank()) {
                return;
            }
            if (!text.contains(";")) {
                String name = text.strip().toUpperCase(Locale.ROOT);
                if (!SECTIONS.contains(name)) {
                    throw refused("budget.pabulib.unknown-section", text.strip());
                }
                if (!seen.add(name)) {
                    throw refused("budget.pabulib.repeated-section", name);
                }
                if (name.equals("VOTES") && !seen.contains("PROJECTS")) {
                    throw refused("budget.pabulib.votes-before-projects");
                }
                section = name;
                columns = null;
                return;
            }
            if (section == null) {
                throw refused("budget.pabulib.no-section");
            }
            List<String> cells = cells(text);
            if (columns == null) {
                columns = new HashMap<>();
                for (int i = 0; i < cells.size(); i++) {
                    columns.put(cells.get(i).toLowerCase(Locale.ROOT), i);
                }
                for (String required : required()) {
                    if (!columns.containsKey(required)) {
                        throw refused("budget.pabulib.missing-column", section, required);
                    }
                }
                return;
            }
            switch (section) {
                case "META" -> meta(cells);
                case "PROJECTS" -> project(cells);
                default -> voter(cells);
            }
        }

        private List<String> required() {
            return switch (section) {
                case "META" -> List.of("key", "value");
                case "PROJECTS" -> List.of("project_id", "cost");
                default -> List.of("voter_id", "vote");
            };
        }

        private void meta(List<String> cells) {
            String key = cell(cells, "key").toLowerCase(Locale.ROOT);
            meta.put(key, cell(cells, "value"));
            if (key.equals("budget")) {
                budgetLine = number;
            }
        }

        private void project(List<String> cells) {
            String id = cell(cells, "project_id");
            if (id.isEmpty()) {
                throw refused("budget.pabulib.no-project-id");
            }
            BigDecimal cost = amount(cell(cells, "cost"), "budget.pabulib.bad-cost");
            if (cost.signum() < 0) {
                throw refused("budget.pabulib.negative-cost", id);
            }
            String tags = cell(cells, "category");
            List<String> labels = tags.isEmpty() ? List.of()
                    : Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
            Project project = new Project(id, cost, cell(cells, "name"), labels);
            if (byNumber.putIfAbsent(id, project) != null) {
                throw refused("budget.pabulib.repeated-project", id);
            }
            projects.add(project);
        }

        private void voter(List<String> cells) {
            String id = cell(cells, "voter_id");
            if (!voterIds.add(id)) {
                throw refused("budget.pabulib.repeated-voter", id);
            }
            String vote = cell(cells, "vote");
            List<String> approved = new ArrayList<>();
            for (String project : vote.isEmpty() ? new String[0] : vote.split(",")) {
                String numberOf = project.strip();
                if (!byNumber.containsKey(numberOf)) {
                    throw refused("budget.pabulib.unknown-project", numberOf);
                }
                if (!approved.contains(numberOf)) {
                    approved.add(numberOf);
                }
            }
            voters.add(new Voter(id, approved));
        }

        PabulibFile finish() {
            for (String required : List.of("META", "PROJECTS", "VOTES")) {
                if (!seen.contains(required)) {
                    throw new InvalidInputException("budget.pabulib.missing-section", number, required);
                }
            }
            String budget = meta.get("budget");
            if (budget == null) {
                throw new InvalidInputException("budget.pabulib.no-budget", number);
            }
            number = budgetLine;
            BigDecimal amount = amount(budget, "budget.pabulib.bad-budget");
            if (amount.signum() <= 0) {
                throw refused("budget.pabulib.bad-budget", budget);
            }
            return new PabulibFile(meta, amount, projects, voters);
        }

        private BigDecimal amount(String text, String refusal) {
            try {
                return new BigDecimal(text.replace(',', '.'));
            } catch (NumberFormatException e) {
                throw refused(refusal, text);
            }
        }

        private String cell(List<String> cells, String column) {
            Integer at = columns.get(column);
            return at == null || at >= cells.size() ? "" : cells.get(at).strip();
        }

        private List<String> cells(String text) {
            try {
                List<CSVRecord> records = ROW.parse(new StringReader(text)).getRecords();
                return records.isEmpty() ? List.of() : records.get(0).toList();
            } catch (IOException | UncheckedIOException | IllegalStateException e) {
                throw refused("budget.pabulib.bad-line");
            }
        }

        private InvalidInputException refused(String key, Object... arguments) {
            Object[] withLine = new Object[arguments.length + 1];
            withLine[0] = number;
            System.arraycopy(arguments, 0, withLine, 1, arguments.length);
            return new InvalidInputException(key, withLine);
        }
    }
}
