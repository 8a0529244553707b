/** Liveness of the application and its database, for load balancers and operators. */
package ua.hromada.core.health;
