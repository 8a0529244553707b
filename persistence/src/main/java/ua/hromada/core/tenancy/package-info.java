/**
 * Communities (the tenants) and the per-thread tenant that Hibernate's {@code @TenantId} filter
 * reads. Every community-owned entity carries a {@code @TenantId Long communityId}.
 */
package ua.hromada.core.tenancy;
