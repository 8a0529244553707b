/** The council's integration and browser tests: structure, draft versions, agendas, the deputies' desk and its privacy, tenant isolation. */
package ua.hromada.it.council;
