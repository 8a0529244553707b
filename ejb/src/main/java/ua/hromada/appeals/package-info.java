/**
 * Appeals and public-information requests: filing, statutory due dates through the community's
 * working-day calendar (and their move after a pause), the secretariat's queue, routing, answers,
 * refusals on the community's grounds and clarifications asked, the departments, the tool's
 * manifest. Depends on core only; never on another tool.
 */
package ua.hromada.appeals;
