/**
 * Personal API tokens: issue, list, revoke, and turning a presented bearer secret into the actor
 * of an API request. Core only; tools require a scope through {@code Permissions.requireScope}.
 */
package ua.hromada.core.token;
