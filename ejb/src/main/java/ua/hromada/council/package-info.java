/**
 * The council: the secretariat's structure (convocations, factions, committees, deputies'
 * profiles), draft decisions with their versions, sessions and their published agendas, the
 * deputies' desk (read marks, private notes), the tool's manifest. Depends on core only; never on
 * another tool.
 */
package ua.hromada.council;
