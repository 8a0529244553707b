/**
 * The petitions tool's integration and browser tests, and PetitionWorld, their petitions-enabled community with its people.
 * Tests of one tool do not use another tool's helpers: these use PetitionWorld and the shared ones in {@code ua.hromada.it.support}.
 */
package ua.hromada.it.petitions;
