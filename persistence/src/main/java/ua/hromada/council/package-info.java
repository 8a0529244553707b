/**
 * The council: convocations, factions, standing committees, the deputies' public profiles, draft
 * decisions with their versions and co-sponsors, sessions and their agendas, and the deputies'
 * own read marks and private notes; the correspondence of deputies with residents and colleagues.
 * Depends on core only; never on another tool.
 */
package ua.hromada.council;
