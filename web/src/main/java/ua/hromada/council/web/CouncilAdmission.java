package ua.hromada.council.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.TenantContext;
import ua.hromada.council.CouncilAction;
import ua.hromada.council.CouncilPermissions;

/** Before a council page's bean runs: the visitor's turn by the table, or sign in first (403 for the signed-in). */
@RequestScoped
public class CouncilAdmission {
    @Inject
    CouncilPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    /** Whether the page goes on; {@code path} after {@code /{community}} is where sign-in returns to. */
    public boolean admit(CouncilAction action, String path) throws IOException {
        if (permissions.allows(action, tenant.require().id())) {
            return true;
        }
        access.refuse("/" + tenant.require().slug() + path);
        return false;
    }

    /** Whether the current visitor may do it here (to show a form or a link, not to decide). */
    public boolean allows(CouncilAction action) {
        return permissions.allows(action, tenant.require().id());
    }
}
