/**
 * Appeals and public-information requests: the community's departments they are addressed to and
 * its grounds for refusing a request, the appeals with their registration numbers, statutory due
 * dates, pauses and decisions, and their history. Depends on core only (tenancy, identity); never
 * on another tool.
 */
package ua.hromada.appeals;
