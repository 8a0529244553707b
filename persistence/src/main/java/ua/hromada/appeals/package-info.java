/**
 * Appeals and public-information requests: the community's departments they are addressed to,
 * the appeals with their registration numbers and statutory due dates, and their history. Depends
 * on core only (tenancy, identity); never on another tool.
 */
package ua.hromada.appeals;
