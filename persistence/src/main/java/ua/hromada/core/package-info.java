/**
 * Platform core shared by every tool: tenancy (communities), the working-day calendar,
 * deadlines, audit, announcements and the domain exception hierarchy. Depends on no tool package.
 */
package ua.hromada.core;
