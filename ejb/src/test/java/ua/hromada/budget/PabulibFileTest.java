package ua.hromada.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import ua.hromada.core.InvalidInputException;

class PabulibFileTest {
    private static final String FILE = """
            META
            key;value
            description;Бюджет участі, тестовий файл
            country;Poland
            unit;Wieliczka
            num_projects;4
            num_votes;5
            budget;102533,36
            vote_type;approval
            PROJECTS
            project_id;cost;votes;name;category
            P0076;50000.36;3;"Сквер; лавки";"зелень,відпочинок"
            24;52533;3;Бібліотека;освіта
            3;40000;2;Велодоріжка;
            100;0;0;Толока;
            VOTES
            voter_id;age;vote
            1;30;P0076,24
            2;41;P0076,3
            3;25;24,3,24
            4;67;P0076
            5;18;24
            """;

    private static PabulibFile read(String text) {
        return PabulibFile.read(new BufferedReader(new StringReader(text)));
    }

    @Test
    void readsTheSectionsWithExactDecimalsAndTagsAsLabels() {
        PabulibFile file = read(FILE);
        assertThat(file.budget()).isEqualByComparingTo("102533.36");
        assertThat(file.meta()).containsEntry("unit", "Wieliczka");
        assertThat(file.projects()).extracting(PabulibFile.Project::number).containsExactly("P0076", "24", "3", "100");
        assertThat(file.projects().get(0).cost()).isEqualByComparingTo("50000.36");
        assertThat(file.projects().get(0).name()).isEqualTo("Сквер; лавки");
        assertThat(file.projects().get(0).labels()).containsExactly("зелень", "відпочинок");
        assertThat(file.voters()).hasSize(5);
        assertThat(file.voters().get(2).approved()).as("a project named twice counts once").containsExactly("24", "3");
    }

    @Test
    void bothRulesComputeOnTheFile() {
        ApprovalElection election = read(FILE).election();
        // P0076 and 24 have 3 approvals each, P0076 costs less; together = 102533.36 exactly the budget; 100 costs nothing
        assertThat(election.select(SelectionRule.BY_VOTES).numbers()).containsExactly("P0076", "24", "100");
        assertThat(election.select(SelectionRule.EQUAL_SHARES).used()).isLessThanOrEqualTo(election.budget());
        assertThat(election.select(SelectionRule.EQUAL_SHARES).numbers()).contains("100")
                .isEqualTo(LiteralEqualShares.select(election));
    }

    @Test
    void refusesWhatBreaksTheFormatWithTheLineNumber() {
        refused(FILE.replace("PROJECTS\n", "PROJEKTY\n"), "budget.pabulib.unknown-section", 10);
        refused(FILE.replace("1;30;P0076,24", "1;30;P0076,99"), "budget.pabulib.unknown-project", 18);
        refused(FILE.replace("3;40000;2", "3;-40000;2"), "budget.pabulib.negative-cost", 14);
        refused(FILE.replace("budget;102533,36", "budget;0"), "budget.pabulib.bad-budget", 8);
        refused(FILE.replace("budget;102533,36", "budget;багато"), "budget.pabulib.bad-budget", 8);
        refused(FILE.replace("24;52533;3", "24;52,533.00;3"), "budget.pabulib.bad-cost", 13);
        refused(FILE.replace("3;40000;2", "24;40000;2"), "budget.pabulib.repeated-project", 14);
        refused(FILE.replace("5;18;24", "4;18;24"), "budget.pabulib.repeated-voter", 22);
        refused(FILE.replace("voter_id;age;vote", "voter_id;age;ballot"), "budget.pabulib.missing-column", 17);
        refused(FILE.substring(0, FILE.indexOf("VOTES")), "budget.pabulib.missing-section", 15);
    }

    private static void refused(String text, String key, int line) {
        assertThatThrownBy(() -> read(text)).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.messageKey()).isEqualTo(key);
            assertThat(e.arguments().get(0)).as("line").isEqualTo(line);
        });
    }

    @Test
    void anEmptyVoteIsAVoterWhoApprovedNothing() {
        PabulibFile file = read(FILE.replace("5;18;24", "5;18;"));
        assertThat(file.voters().get(4).approved()).isEqualTo(List.of());
    }
}
