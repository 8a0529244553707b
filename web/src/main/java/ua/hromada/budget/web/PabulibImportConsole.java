package ua.hromada.budget.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import ua.hromada.budget.BudgetAction;
import ua.hromada.budget.BudgetPermissions;
import ua.hromada.budget.PabulibImport;
import ua.hromada.budget.SelectionRule;
import ua.hromada.core.InvalidInputException;
import ua.hromada.core.web.ConsoleAccess;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.core.web.TenantContext;

/** The moderators' import of a pabulib file as a past contest; a refused file says its line and reason, and nothing is made. */
@Named
@ViewScoped
public class PabulibImportConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    PabulibImport imports;

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
    private PabulibImport.Imported imported;

    /** f:viewAction: the moderators only. */
    public void load() throws IOException {
        if (!permissions.allows(BudgetAction.MANAGE, tenant.require().id())) {
            access.refuse("/" + tenant.require().slug() + "/admin/budget/import");
        }
    }

    /** Imports the chosen file and goes to the new contest's results. */
    public void importFile() throws IOException {
        if (file == null || file.getSize() == 0) {
            Messages.show(new InvalidInputException("budget.import.file-required"), language.getLocale());
            return;
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8))) {
            if (Messages.attempt(language.getLocale(), "budget.import.done", () -> imported = imports.importFile(reader, title, rule))) {
                ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
                external.getFlash().setKeepMessages(true);
                external.redirect(external.getRequestContextPath() + "/" + tenant.require().slug() + "/budget/" + imported.contestId()
                        + "/results");
            }
        }
        file = null;
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
