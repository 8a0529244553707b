/**
 * Stored documents (signed PDF responses and attachments): the entity here, the checks of size
 * and type and the download in ejb's {@code Documents}. Tools link to a document by id; this
 * package may not depend on a tool's package.
 */
package ua.hromada.core.document;
