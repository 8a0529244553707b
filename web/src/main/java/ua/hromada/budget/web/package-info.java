/** The participatory budget's pages: thin view beans over the tool's session beans. */
package ua.hromada.budget.web;
