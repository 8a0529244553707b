package ua.hromada.core.handover;

import java.util.Optional;

/**
 * Where a matter a tool could not settle goes to be handled as an individual request of its
 * author (a public initiative that did not gather its support). Tools call it; a tool that
 * registers such requests may implement it.
 */
public interface HandOver {
    /**
     * Any tool, in the transaction that closes the matter: hands it over; must not fail for want of
     * recipients (a community without a secretariat still records the hand-over). Answers the path
     * (below {@code /{community}}) of the public page of its progress where a tool's desk registered
     * it, or empty where officials were told instead.
     */
    Optional<String> forward(long communityId, long authorPersonId, String title, String text, String sourceLink);
}
