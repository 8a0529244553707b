/**
 * The voting tool's pages: the public list, a vote's page (eligibility, the cast form, the receipt
 * shown once, results and receipt search after the close), its box, and the organiser's console.
 * Thin beans over the ejb package; nothing here keeps a receipt or a choice beyond the request.
 */
package ua.hromada.voting.web;
