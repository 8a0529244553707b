/**
 * The public ledger's pure side: the canonical encoding and hash of an entry, entries and published
 * heads as records, and the verifier that checks a chain against its heads. No JPA and no container,
 * so the application, the tests and the future {@code ./hromada verify} all use the same code.
 */
package ua.hromada.core.ledger;
