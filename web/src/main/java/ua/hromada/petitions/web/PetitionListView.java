package ua.hromada.petitions.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import ua.hromada.core.HromadaException;
import ua.hromada.core.MalformedParameterException;
import ua.hromada.core.Page;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;
import ua.hromada.petitions.Petition;
import ua.hromada.petitions.PetitionCategory;
import ua.hromada.petitions.PetitionReading;
import ua.hromada.petitions.PetitionReading.PetitionFilter;
import ua.hromada.petitions.PetitionSort;
import ua.hromada.petitions.PetitionStatus;

/** The community's public petition list: filters and sort from the address, so it can be bookmarked. */
@Named
@RequestScoped
public class PetitionListView {
    @Inject
    PetitionReading reading;

    @Inject
    LanguageSelection language;

    private String status;
    private String category;
    private String q;
    private String sort;
    private String cursor;
    private Page<Petition> page = new Page<>(List.of(), null);
    private List<Petition> mine = List.of();

    /** f:viewAction: an unknown filter value or a broken cursor in the address is a 400 page. */
    public void load() {
        PetitionFilter filter = new PetitionFilter(parse(PetitionStatus.class, "status", status),
                parse(PetitionCategory.class, "category", category), q, parse(PetitionSort.class, "sort", sort));
        try {
            page = reading.list(filter, cursor, Page.DEFAULT_LIMIT);
            mine = reading.mine();
        } catch (MalformedParameterException e) {
            throw e;
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw new MalformedParameterException("param.enum.invalid", name, value);
        }
    }

    public List<Petition> getPetitions() {
        return page.items();
    }

    public String getNextCursor() {
        return page.nextCursor();
    }

    public List<Petition> getMine() {
        return mine;
    }

    public List<PetitionStatus> getStatuses() {
        return PetitionReading.publicStatuses();
    }

    public PetitionCategory[] getCategories() {
        return PetitionCategory.values();
    }

    public PetitionSort[] getSorts() {
        return PetitionSort.values();
    }

    /** The list address with the current filters and another cursor. */
    public String nextAddress() {
        StringBuilder s = new StringBuilder("?cursor=").append(page.nextCursor());
        append(s, "status", status);
        append(s, "category", category);
        append(s, "q", q);
        append(s, "sort", sort);
        return s.toString();
    }

    private static void append(StringBuilder s, String name, String value) {
        if (value != null && !value.isBlank()) {
            s.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
