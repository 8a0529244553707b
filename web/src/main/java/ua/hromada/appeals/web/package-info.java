/** The appeals tool's pages: filing, the applicant's page and cabinet, the secretariat's console. */
package ua.hromada.appeals.web;
