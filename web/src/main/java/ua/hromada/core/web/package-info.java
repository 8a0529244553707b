/**
 * The portal shell: the tenant filter that reads the community from the URL, the language choice,
 * and thin JSF backing beans over core session beans. No business rules here.
 */
package ua.hromada.core.web;
