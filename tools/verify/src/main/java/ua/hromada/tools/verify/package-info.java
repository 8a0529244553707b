/** {@code ./hromada verify}: a closed vote's recount from open data alone, against the chain's published heads. */
package ua.hromada.tools.verify;
