/**
 * The platform core's tests: identity, sign-in, tokens, consoles, tenancy, calendar, deadlines, mail, migrations, portal, permissions.
 * Tests of one tool do not use another tool's helpers; only AccountDeletionIT and AccountMergeIT borrow petitions' PetitionWorld.
 */
package ua.hromada.it.core;
