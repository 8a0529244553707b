/**
 * The outbox: beans add messages in their own transaction; a timer delivers them after commit
 * through WildFly's mail session, one row per transaction, retrying with back-off.
 */
package ua.hromada.core.notification;
