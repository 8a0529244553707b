package ua.hromada.budget.web;

import java.io.Serializable;
import java.util.Locale;
import ua.hromada.budget.BudgetImports;
import ua.hromada.budget.ImportRun;
import ua.hromada.core.NotFoundException;
import ua.hromada.core.web.Messages;

/**
 * The background import a console page started and watches: the view keeps only the run's id;
 * how far it is (and its result, however long the report) is read again at each poll and never
 * kept in the session.
 */
public final class ImportWatch implements Serializable {
    private static final long serialVersionUID = 1L;

    private String runId;
    private transient ImportRun.Seen seen;

    /** A run was started: watch it from now on. */
    void started(String id, BudgetImports imports) {
        runId = id;
        poll(imports);
    }

    /** Reads the run again; a run forgotten meanwhile is no longer watched. */
    void poll(BudgetImports imports) {
        if (runId == null) {
            return;
        }
        try {
            seen = imports.progress(runId);
        } catch (NotFoundException e) {
            runId = null;
            seen = null;
        }
    }

    public ImportRun.Seen getSeen() {
        return seen;
    }

    public boolean isOver() {
        return seen != null && seen.over();
    }

    public boolean isRunning() {
        return seen != null && !seen.over();
    }

    /** The result once the run is over and succeeded, else null. */
    Object result() {
        return seen != null && seen.phase() == ImportRun.Phase.DONE ? seen.result() : null;
    }

    /** Why the run failed, in the page's language, or null. */
    public String failure(Locale locale) {
        return seen != null && seen.failure() != null ? Messages.text(locale, seen.failure()) : null;
    }
}
