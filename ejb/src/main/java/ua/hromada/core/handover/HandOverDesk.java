package ua.hromada.core.handover;

/**
 * A tool's desk for hand-overs: it registers a matter another tool could not settle as its
 * author's own request, on a clock of its own. A tool offers one through its manifest; core hands
 * a community's matters to the desk of a tool switched on there.
 */
@FunctionalInterface
public interface HandOverDesk {
    /**
     * In the hand-over's transaction, with the community as the tenant: registers the matter and
     * answers the path (below {@code /{community}}) of the page that shows its progress publicly,
     * so the source's page can link to it.
     */
    String receive(long communityId, long authorPersonId, String title, String text, String sourceLink);
}
