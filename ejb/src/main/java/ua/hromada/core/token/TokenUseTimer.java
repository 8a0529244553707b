package ua.hromada.core.token;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Writes the tokens' last uses every five seconds on every node (see {@link TokenUses}). */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class TokenUseTimer {
    @Inject
    ApiTokens tokens;

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "hromada-token-uses")
    void stamp() {
        tokens.stampUses();
    }
}
