/** The append-only audit trail of administrative actions; nothing here updates or deletes. */
package ua.hromada.core.audit;
