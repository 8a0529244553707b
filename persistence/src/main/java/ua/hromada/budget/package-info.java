/**
 * Participatory budget: contests with their categories and stage dates. Depends on core only
 * (tenancy, identity); never on another tool.
 */
package ua.hromada.budget;
