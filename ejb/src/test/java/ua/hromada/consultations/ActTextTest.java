package ua.hromada.consultations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import ua.hromada.core.HromadaException;
import ua.hromada.core.InvalidInputException;

class ActTextTest {
    private static final String ACT = """
            Стаття 1. Загальні положення
            Ці правила визначають порядок благоустрою.

            Стаття 2. Утримання територій
            Власники утримують прибудинкові території.
            Прибирання щодня.
            # Прикінцеві положення
            Правила набирають чинності з дня оприлюднення.
            """;

    @Test
    void aPastedActIsSplitAtItsHeadings() {
        List<ActText.Section> sections = ActText.split(ACT);
        assertEquals(List.of("Стаття 1. Загальні положення", "Стаття 2. Утримання територій", "Прикінцеві положення"),
                sections.stream().map(ActText.Section::title).toList());
        assertEquals("Власники утримують прибудинкові території.\nПрибирання щодня.", sections.get(1).text());
        assertEquals("Article 3", ActText.split("Article 3\nText").get(0).title());
    }

    @Test
    void aTextWithoutHeadingsOrWithTextBeforeTheFirstOrWithATitleTwiceIsRefused() {
        assertKey("regulation.text.no-headings", "Просто текст без заголовків");
        assertKey("regulation.text.before-heading", "Преамбула\nСтаття 1. Назва\nТекст");
        assertKey("regulation.section.title.twice", "Стаття 1. Назва\nТекст\n# стаття 1. назва\nІнший");
    }

    @Test
    void aRevisedSectionKeepsItsKeyByTitleAndANewOneTakesTheNext() {
        List<RegulationSection> before = List.of(new RegulationSection(1, 1, 0, 1, new ActText.Section("Стаття 1. Загальні положення", "а")),
                new RegulationSection(1, 1, 1, 2, new ActText.Section("Стаття 2. Утримання", "б")));
        List<ActText.Section> revised = ActText.split("Стаття 2. Утримання.\nв\nСтаття 3. Нова\nг");
        assertEquals(List.of(2, 5), ActText.keys(revised, before, 4));
    }

    private static void assertKey(String key, String text) {
        HromadaException e = assertThrows(InvalidInputException.class, () -> ActText.split(text));
        assertEquals(key, e.messageKey());
    }
}
