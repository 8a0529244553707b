package ua.hromada.budget;

import java.util.Locale;

/** How a ballot reached the contest: online, a self-service terminal, a chat bot, or on paper at a support point. */
public enum VoteChannel {
    ONLINE, TERMINAL, BOT, PAPER;

    public String labelKey() {
        return "budget.channel." + name().toLowerCase(Locale.ROOT);
    }
}
