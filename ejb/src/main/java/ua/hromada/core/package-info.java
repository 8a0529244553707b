/**
 * Core session beans: tenancy, access rules, audit, calendar, deadlines, announcements. They own
 * transactions and authorization; no tool package may be imported from here.
 */
package ua.hromada.core;
