/**
 * People and their role grants. A person is known by a keyed hash of their national identifier
 * ({@code person_key}); the identifier itself is never stored. Platform tables, not tenant-filtered.
 */
package ua.hromada.core.identity;
