package ua.hromada.consultations.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordChangesTest {
    @Test
    void changedWordsAreStruckOutAndInsertedTheRestKept() {
        List<WordChanges.Segment> segments = WordChanges.between("Власники утримують територію щодня.",
                "Власники прибирають і утримують територію щотижня.");
        assertEquals(List.of(new WordChanges.Segment(WordChanges.Kind.KEPT, "Власники "),
                new WordChanges.Segment(WordChanges.Kind.ADDED, "прибирають і "),
                new WordChanges.Segment(WordChanges.Kind.KEPT, "утримують територію "),
                new WordChanges.Segment(WordChanges.Kind.REMOVED, "щодня."),
                new WordChanges.Segment(WordChanges.Kind.ADDED, "щотижня.")), segments);
        assertEquals(List.of(new WordChanges.Segment(WordChanges.Kind.KEPT, "Без змін")), WordChanges.between("Без змін", "Без змін"));
        assertEquals(List.of(new WordChanges.Segment(WordChanges.Kind.ADDED, "Новий текст")), WordChanges.between("", "Новий текст"));
    }
}
