package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;

/** The platform landing page: find a community by name (plain GET form, shareable URL). */
@Named
@RequestScoped
public class LandingView {
    @Inject
    CommunityDirectory directory;

    @Inject
    LanguageSelection language;

    private String q;
    private String cursor;
    private Page<Community> page;

    /** f:viewAction: runs the search once the view parameters are set. */
    public void load() {
        try {
            page = directory.search(q, cursor, Page.DEFAULT_LIMIT);
        } catch (HromadaException e) {
            page = new Page<>(List.of(), null);
            Messages.show(e, language.getLocale());
        }
    }

    public List<Community> getCommunities() {
        return page.items();
    }

    /** The address of the next page of results, or null on the last page. */
    public String getNextPageUrl() {
        if (page.nextCursor() == null) {
            return null;
        }
        return "?q=" + URLEncoder.encode(q == null ? "" : q, StandardCharsets.UTF_8) + "&cursor=" + page.nextCursor();
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
