/** The appeals tool's integration and browser tests. */
package ua.hromada.it.appeals;
