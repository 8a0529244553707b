package ua.hromada.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlanTest {
    @Test
    void seedsOneSignerPerSignatureOfEveryApiStep() {
        Plan plan = Plan.of("run", "--db-server", "jdbc:mariadb://127.0.0.1:3306");
        assertEquals("jdbc:mariadb://127.0.0.1:3306/hromada_bench", plan.databaseUrl());
        // warm-up 8,000 + 3 closed steps of 20,000 + open 100, 300, 500 and 1,000 a second for 10 s + the mixed 100 a second
        assertEquals(8_000 + 60_000 + 19_000 + 1_000, plan.signersNeeded());
        assertEquals(9, plan.petitionsNeeded());
        assertEquals(200 + 40 + 20, plan.connectionsNeeded());
    }

    @Test
    void quickRunsShortSteps() {
        Plan plan = Plan.of("run", "--db-server", "jdbc:mariadb://h:1/", "--quick", "--big", "--pool-max", "80");
        assertTrue(plan.big());
        assertEquals(3, plan.step().toSeconds());
        assertEquals(200 + 80 + 20, plan.connectionsNeeded());
        assertEquals(null, plan.serverLog());
        assertEquals("/tmp/server.log", Plan.of("run", "--db-server", "jdbc:mariadb://h:1/", "--server-log", "/tmp/server.log")
                .serverLog().toString());
    }

    @Test
    void refusesAnythingButLoopback() {
        assertThrows(IllegalArgumentException.class,
                () -> Plan.of("run", "--db-server", "jdbc:mariadb://h:1/", "--base", "http://example.org:8080/"));
    }

    @Test
    void refusesUnknownCommandsAndOptions() {
        assertThrows(IllegalArgumentException.class, () -> Plan.of("surge"));
        assertThrows(IllegalArgumentException.class, () -> Plan.of("run", "--db-server", "jdbc:mariadb://h:1/", "--fast"));
        assertThrows(IllegalArgumentException.class, () -> Plan.of("run"));
        assertThrows(IllegalArgumentException.class, () -> Plan.of("run", "--db-name"));
    }
}
