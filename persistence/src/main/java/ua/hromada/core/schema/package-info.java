/** Brings the database schema up to date (Flyway) before Hibernate validates or uses it. */
package ua.hromada.core.schema;
