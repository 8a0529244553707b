package ua.hromada.core.tool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.MessageKey;

class ToolSettingTest {
    private static final ToolSetting DAYS = ToolSetting.number("demo.days", "demo.days.label", 10, 1, 60);
    private static final ToolSetting OPEN = ToolSetting.flag("demo.open", "demo.open.label", false);
    private static final ToolSetting DAY = ToolSetting.choice("demo.day", "demo.day.label", DayOfWeek.MONDAY, "demo.day.");

    @Test
    void aNumberIsStoredPlainAndOnlyWithinItsBounds() {
        assertEquals("7", DAYS.normalise(" 007 "));
        assertEquals("60", DAYS.normalise("60"));
        for (String bad : new String[] {"0", "61", "many", "", null, "1.5", "99999999999"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class, () -> DAYS.normalise(bad), String.valueOf(bad));
            assertEquals("tool.setting.number", refused.messageKey());
            assertEquals(List.of(new MessageKey("demo.days.label"), 1, 60), refused.arguments(), "the label, read in the reader's language");
        }
    }

    @Test
    void flagsAndChoicesTakeOnlyTheirValues() {
        assertEquals("true", OPEN.normalise("true"));
        assertThrows(InvalidInputException.class, () -> OPEN.normalise("yes"));
        assertEquals("FRIDAY", DAY.normalise("FRIDAY"));
        assertEquals(7, DAY.choices().size());
        assertThrows(InvalidInputException.class, () -> DAY.normalise("friday"));
    }

    @Test
    void readingGivesTheDefaultForWhatTheCommunityDidNotSet() {
        assertEquals(10, DAYS.numberIn(Map.of()));
        assertEquals(30, DAYS.numberIn(Map.of("demo.days", "30")));
        assertFalse(OPEN.flagIn(Map.of()));
        assertTrue(OPEN.flagIn(Map.of("demo.open", "true")));
        assertEquals(DayOfWeek.MONDAY, DAY.choiceIn(Map.of(), DayOfWeek.class));
        assertThrows(IllegalArgumentException.class, () -> ToolSetting.number("demo.x", "demo.x", 0, 1, 5), "a default out of bounds");
    }
}
