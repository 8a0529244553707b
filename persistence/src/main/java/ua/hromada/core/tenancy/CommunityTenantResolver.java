package ua.hromada.core.tenancy;

import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/** Tells Hibernate which community's rows a new session may see: the thread's current one. */
public class CommunityTenantResolver implements CurrentTenantIdentifierResolver<Long> {

    @Override
    public Long resolveCurrentTenantIdentifier() {
        return CurrentCommunity.id();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }

    @Override
    public boolean isRoot(Long tenantId) {
        return tenantId != null && tenantId == CurrentCommunity.ALL;
    }
}
