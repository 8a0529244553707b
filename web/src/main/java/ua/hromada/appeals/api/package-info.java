/**
 * The appeals tool's JSON API under /api/v1: a person's own appeals through their token (read,
 * file) and the monthly counts in open data. Thin: the appeals beans decide who may.
 */
package ua.hromada.appeals.api;
