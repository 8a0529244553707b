/**
 * Appeals and public-information requests: filing, statutory due dates through the community's
 * working-day calendar, the secretariat's queue, routing and answers, the departments, the tool's
 * manifest. Depends on core only; never on another tool.
 */
package ua.hromada.appeals;
