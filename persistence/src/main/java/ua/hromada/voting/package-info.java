/**
 * Anonymous votes: the vote with its schedule, eligibility and options. The roll and the box are
 * tables without entities (written and read by native statements in ejb), so no entity ever holds
 * a person and a choice together. Depends on core only; never on another tool.
 */
package ua.hromada.voting;
