package ua.hromada.budget.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import ua.hromada.budget.Contest;
import ua.hromada.budget.ContestCategory;
import ua.hromada.budget.ContestReading;
import ua.hromada.core.NotFoundException;

/** One contest's public page: its stages with their dates, its categories and who may vote. */
@Named
@RequestScoped
public class ContestView {
    @Inject
    ContestReading reading;

    private long id;
    private Contest contest;
    private List<ContestCategory> categories = List.of();

    /** f:viewAction: 404 for no published contest of this community under the id. */
    public void load() throws IOException {
        try {
            contest = reading.view(id);
            categories = reading.categories(id);
        } catch (NotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public Contest getContest() {
        return contest;
    }

    public List<ContestCategory> getCategories() {
        return categories;
    }

    public long getCategoriesTotal() {
        return categories.stream().mapToLong(ContestCategory::budget).sum();
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }
}
