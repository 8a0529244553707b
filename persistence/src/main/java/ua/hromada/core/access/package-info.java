/** The role vocabulary shared by entities (role grants) and the permission table in ejb. */
package ua.hromada.core.access;
