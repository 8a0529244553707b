package ua.hromada.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestReading;
import ua.hromada.core.Page;

/** The community's published contests, newest first, a page at a time. */
@Named
@RequestScoped
public class ContestListView {
    @Inject
    ContestReading reading;

    private String cursor;
    private Page<Contest> page = new Page<>(List.of(), null);

    /** f:viewAction; a malformed cursor is the 400 page. */
    public void load() {
        page = reading.list(cursor, Page.DEFAULT_LIMIT);
    }

    public List<Contest> getContests() {
        return page.items();
    }

    public String getNextCursor() {
        return page.nextCursor();
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
