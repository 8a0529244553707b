package ua.hromada.budget;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Actor;
import ua.hromada.core.tenancy.CurrentCommunity;

/**
 * The operator's import of a pabulib file as a past contest, from the command line through
 * WildFly's management interface ({@code ./hromada budget import}): the moderators' import itself,
 * run as the operator, whom the audit trail names with that way in. No transaction here: the
 * tenant is set before the import's own transaction first touches the database.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OperatorImport {
    /** How the audit trail names the operator of a command-line import. */
    public static final Actor OPERATOR = Actor.operator("command-line via management interface");

    @Inject
    PabulibImport pabulib;

    /** The management interface only (whoever the installation lets in there): imports the file into the community as the operator. */
    public PabulibImport.Imported importPabulib(long communityId, SelectionRule rule, String title, byte[] file) {
        return Acting.as(OPERATOR, () -> CurrentCommunity.callAs(communityId, () -> pabulib.importFile(BudgetImports.reader(file), title,
                rule)));
    }
}
