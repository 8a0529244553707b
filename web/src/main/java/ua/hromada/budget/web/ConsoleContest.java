package ua.hromada.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestReading;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.PageResponses;
import ua.hromada.core.web.TenantContext;

/**
 * A console page about one contest: the contest, when the actor may take the page's action in
 * it (in a school's contest its school moderators may too); otherwise the page answers 404 for no
 * such contest here, or sends to sign-in, or 403. The beans check again on every call.
 */
@RequestScoped
public class ConsoleContest {
    @Inject
    ContestReading contests;

    @Inject
    BudgetPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    /** The contest {@code id} for {@code action} on the page at {@code page} (after the community's address), or null when refused. */
    public Contest open(long id, BudgetAction action, String page) throws IOException {
        Contest contest;
        try {
            contest = contests.find(id);
        } catch (NotFoundException e) {
            PageResponses.notFound();
            return null;
        }
        if (!permissions.allows(action, contest)) {
            access.refuse("/" + tenant.require().slug() + page);
            return null;
        }
        return contest;
    }
}
