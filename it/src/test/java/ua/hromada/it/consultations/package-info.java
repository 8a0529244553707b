/** Integration and browser tests of the consultations tool. */
package ua.hromada.it.consultations;
