package ua.hromada.voting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Receipts: ten characters without look-alikes, shown in two groups, read back forgivingly, never twice in a thousand. */
class ReceiptsTest {
    @Test
    void aReceiptReadsBackFromHowItIsShownAndTyped() {
        String code = Receipts.fresh();
        assertThat(code).hasSize(10).doesNotContain("0", "O", "1", "I");
        assertThat(Receipts.read(Receipts.shown(code))).contains(code);
        assertThat(Receipts.read(" " + Receipts.shown(code).toLowerCase() + " ")).contains(code);
        assertThat(Receipts.read("%' or 1=1")).isEmpty();
        assertThat(Receipts.read("ABCDE-0OOOO")).isEmpty();
        assertThat(Receipts.read(null)).isEmpty();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertThat(seen.add(Receipts.fresh())).isTrue();
        }
    }
}
