package ua.hromada.core.access;

/** A request made with a personal API token: which token, for which community, with which scope. */
public record TokenAccess(long tokenId, long communityId, TokenScope scope) {
}
