package ua.hromada.budget.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetImports;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.PabulibImport;
import ua.hromada.budget.SelectionRule;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/**
 * The moderators' import of a pabulib file as a past contest, run in the background with its
 * progress shown; a refused file says its line and reason, and nothing is made.
 */
@Named
@ViewScoped
public class PabulibImportConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    BudgetImports imports;

    @Inject
    BudgetPermissions permissions;

    @Inject
    TenantContext tenant;

    @Inject
    ConsoleAccess access;

    @Inject
    LanguageSelection language;

    private String title;
    private SelectionRule rule = SelectionRule.EQUAL_SHARES;
    private transient Part file;
    private final ImportWatch watch = new ImportWatch();

    /** f:viewAction: the moderators only. */
    public void load() throws IOException {
        if (!permissions.allows(BudgetAction.MANAGE, tenant.require().id())) {
            access.refuse("/" + tenant.require().slug() + "/admin/budget/import");
        }
    }

    /** Starts importing the chosen file in the background; the page then shows its progress and, at the end, the new contest. */
    public void importFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.show(new InvalidInputException("budget.import.file-required"), language.getLocale());
            return;
        }
        byte[] bytes;
        try (InputStream in = file.getInputStream()) {
            bytes = in.readAllBytes();
        }
        file = null;
        Messages.attempt(language.getLocale(), "budget.import.started", () -> watch.started(imports.startPabulib(bytes, title, rule),
                imports));
    }

    /** p:poll: reads how far the import is. */
    public void poll() {
        watch.poll(imports);
    }

    public ImportWatch getWatch() {
        return watch;
    }

    /** The contest made, once the import is over. */
    public PabulibImport.Imported getImported() {
        return watch.result() instanceof PabulibImport.Imported made ? made : null;
    }

    public String getFailure() {
        return watch.failure(language.getLocale());
    }

    public SelectionRule[] getRules() {
        return SelectionRule.values();
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public SelectionRule getRule() {
        return rule;
    }

    public void setRule(SelectionRule rule) {
        this.rule = rule;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
