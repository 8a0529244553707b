/**
 * Where matters a tool could not settle go to become individual appeals ({@code AppealIntake}):
 * tools call the interface; until the appeals tool implements it, the secretariat is told. May
 * depend on core's identity, notification and audit; never on a tool's package.
 */
package ua.hromada.core.appeal;
