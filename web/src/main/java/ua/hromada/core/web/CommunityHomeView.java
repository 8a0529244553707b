package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.announcement.Announcement;
import ua.hromada.core.announcement.AnnouncementService;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.Tool;

/** A community's home page: its enabled tools and its announcements, newest first. */
@Named
@RequestScoped
public class CommunityHomeView {
    @Inject
    TenantContext tenant;

    @Inject
    AnnouncementService announcements;

    @Inject
    LanguageSelection language;

    @Inject
    Permissions permissions;

    private String cursor;
    private Page<Announcement> page;

    /** f:viewAction. */
    public void load() {
        try {
            page = announcements.published(cursor, Page.DEFAULT_LIMIT);
        } catch (HromadaException e) {
            page = new Page<>(List.of(), null);
            Messages.show(e, language.getLocale());
        }
    }

    public Community getCommunity() {
        return tenant.require();
    }

    /** Shows the console link to those who may open it (the console itself checks again). */
    public boolean isConsoleAllowed() {
        return permissions.allows(Action.CONSOLE_VIEW, tenant.require().id());
    }

    public List<Tool> getTools() {
        return List.copyOf(tenant.require().tools());
    }

    public List<Announcement> getAnnouncements() {
        return page.items();
    }

    public String getNextCursor() {
        return page.nextCursor();
    }

    /** A moment as residents read it: in the community's time zone and the page language. */
    public String when(Instant instant) {
        return language.format(instant, tenant.require().zone());
    }

    public String getCursor() {
        return cursor;
    }

    public void setCursor(String cursor) {
        this.cursor = cursor;
    }
}
