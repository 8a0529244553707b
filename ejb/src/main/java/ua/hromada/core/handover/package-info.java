/**
 * Where matters a tool could not settle go to be handled as their author's individual requests
 * ({@code HandOver}): tools call the interface; by default the secretariat is told. May depend on
 * core's identity, notification and audit; never on a tool's package.
 */
package ua.hromada.core.handover;
