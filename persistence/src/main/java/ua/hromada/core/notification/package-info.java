/** Notifications to people: the outbox rows that carry them until delivery succeeds. */
package ua.hromada.core.notification;
