/**
 * The participatory budget's operations on WildFly's management interface (JMX): what the
 * installation's operators run from the server's command line, never reachable over HTTP. Thin
 * like the web layer: the beans of {@code ua.hromada.budget} do the work.
 */
package ua.hromada.budget.management;
