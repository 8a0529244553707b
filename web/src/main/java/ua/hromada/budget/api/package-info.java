/** The participatory budget's JSON API under /api/v1: contests, ballots through a person's token, results. */
package ua.hromada.budget.api;
