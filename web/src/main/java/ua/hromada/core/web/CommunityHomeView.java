package ua.hromada.core.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import ua.hromada.core.HromadaException;
import ua.hromada.core.MalformedParameterException;
import ua.hromada.core.Page;
import ua.hromada.core.access.Action;
import ua.hromada.core.access.Permissions;
import ua.hromada.core.announcement.Announcement;
import ua.hromada.core.announcement.AnnouncementService;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tool.Figure;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;

/** A community's home page: a card per enabled tool, with its live figure, and its announcements, newest first. */
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

    @Inject
    ToolRegistry registry;

    /** A tool's card: where it leads, its name, and its live figure (null when it has none). */
    public record ToolCard(ToolManifest tool, String href, Figure figure) {
        public String nameKey() {
            return tool.key() + ".tool.name";
        }

        public String descriptionKey() {
            return tool.key() + ".tool.description";
        }
    }

    private String cursor;
    private Page<Announcement> page;
    private List<ToolCard> cards;

    /** f:viewAction. */
    public void load() {
        try {
            page = announcements.published(cursor, Page.DEFAULT_LIMIT);
        } catch (MalformedParameterException e) {
            throw e; // a broken cursor in the address: the 400 page
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

    /** The cards of the registered tools the community has switched on. */
    public List<ToolCard> getTools() {
        if (cards == null) {
            Community community = tenant.require();
            cards = registry.enabledIn(community).stream()
                    .map(tool -> new ToolCard(tool, "/" + community.slug() + tool.portalPath(), tool.figure(community).orElse(null)))
                    .toList();
        }
        return cards;
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
