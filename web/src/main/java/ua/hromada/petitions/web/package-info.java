/**
 * Petition pages: thin JSF views over the petitions session beans, which own every rule. Depends on
 * core web (tenant, language, messages), never on another tool.
 */
package ua.hromada.petitions.web;
