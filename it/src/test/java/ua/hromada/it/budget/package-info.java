/** The participatory budget's integration and browser tests. */
package ua.hromada.it.budget;
