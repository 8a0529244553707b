/**
 * Where matters a tool could not settle go to be handled as their author's individual requests
 * ({@code HandOver}): tools call the interface; core hands the matter to a tool's desk
 * ({@code HandOverDesk}, offered by its manifest) where one is switched on, or else tells the
 * secretariat. May depend on core's identity, notification, audit, tenancy and tool registry;
 * never on a tool's package.
 */
package ua.hromada.core.handover;
