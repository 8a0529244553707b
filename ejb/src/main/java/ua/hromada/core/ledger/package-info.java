/**
 * The public ledger: appending to a chain (many entries in one call, so a batch never writes one
 * statement per entry), publishing its head, reading entries and heads for open data, and checking
 * a chain against its published heads. Tools name their chains' kinds; core names no tool.
 */
package ua.hromada.core.ledger;
