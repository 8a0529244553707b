/**
 * Sign-in results become people and actors: the keyed hash of the national identifier, the
 * person's role grants (with expiry through the deadline sweeper) and the first administrator.
 */
package ua.hromada.core.identity;
