package ua.hromada.budget;

import java.util.Locale;

/**
 * How a ballot reached the contest: online, a self-service terminal, a chat bot, on paper at a
 * support point, or (in a school's contest) with a pupil's one-time code.
 */
public enum VoteChannel {
    ONLINE, TERMINAL, BOT, PAPER, CODE;

    public String labelKey() {
        return "budget.channel." + name().toLowerCase(Locale.ROOT);
    }
}
