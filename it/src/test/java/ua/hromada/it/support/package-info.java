/**
 * Helpers shared by the integration and browser tests: HTTP and browser clients, in-container archives, test database.
 * It holds no tests: they live in {@code ua.hromada.it.core} and in one package per tool, like {@code ua.hromada.it.petitions}.
 */
package ua.hromada.it.support;
