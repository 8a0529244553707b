/** The voting tool's integration and browser tests: one ballot per person, eligibility, secrecy of roll and box, the chain, tenant isolation. */
package ua.hromada.it.voting;
