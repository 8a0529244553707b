package ua.hromada.bench;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BigDataTest {
    @Test
    void noResidentSignsOnePetitionTwice() {
        int others = BigData.SIGNATURES - BigData.RESIDENTS;
        long[] pairs = new long[others];
        for (int s = 0; s < others; s++) {
            long petition = BigData.petitionOf(s);
            long resident = BigData.residentOf(s);
            assertTrue(petition > BigData.VIRAL && petition < BigData.FIRST_PETITION + BigData.PETITIONS);
            assertTrue(resident >= BigData.FIRST_PERSON && resident < BigData.FIRST_PERSON + BigData.RESIDENTS);
            pairs[s] = (petition - BigData.FIRST_PETITION) * BigData.RESIDENTS + resident - BigData.FIRST_PERSON;
        }
        Arrays.sort(pairs);
        for (int i = 1; i < others; i++) {
            assertNotEquals(pairs[i - 1], pairs[i], "a (petition, resident) pair repeats");
        }
    }
}
