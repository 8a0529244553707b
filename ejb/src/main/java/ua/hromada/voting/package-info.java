/**
 * Anonymous votes: the organiser's workflow (set up, schedule, turnout, close), casting (roll entry
 * and ballot in one transaction, nothing shared between them), the close that chains the box on
 * core's ledger in a shuffled order, reading results and the box, the manifest. Depends on core
 * only; never on another tool. Nothing here logs, audits or notifies a choice next to a person.
 */
package ua.hromada.voting;
