package ua.hromada.appeals.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ua.hromada.appeals.AppealReading;

/** The public register of information requests: one page of it, from the address's page number (404 where the community keeps none). */
@Named
@RequestScoped
public class AppealRegister {
    @Inject
    AppealReading reading;

    private int page;
    private AppealReading.RegisterPage rows;

    /** f:viewAction. */
    public void load() {
        rows = reading.register(page);
    }

    public AppealReading.RegisterPage getRows() {
        return rows;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
