/**
 * The council's pages: the public ones (deputies, a published agenda, a draft with its versions)
 * on request-scoped beans, the deputy's desk, and the secretariat's console. Thin: each action is
 * one call of the tool's beans. Depends on core and the council's ejb package only.
 */
package ua.hromada.council.web;
