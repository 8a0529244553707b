/**
 * Who is acting and what they may do: the deny-by-default permission table. Sign-in and role
 * grants (issue "Identity") plug into {@link ua.hromada.core.access.Acting}; nothing else decides.
 */
package ua.hromada.core.access;
