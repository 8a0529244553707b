package ua.hromada.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.ArrayList;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;

/**
 * The platform console's communities: register one; edit its names, time zone and tools; suspend
 * or re-activate it. For national moderators and platform administrators; the beans decide.
 */
@Named
@ViewScoped
public class PlatformConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CommunityDirectory directory;

    @Inject
    CommunitySettings settings;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    @Inject
    ToolRegistry registry;

    /** Communities a page lists: each row is a form of its own, so fewer than the API's maximum. */
    static final int LISTED = 50;

    private List<Community> communities = List.of();
    private String query;
    private String cursor;
    private String nextCursor;
    private final Map<Long, Edit> edits = new HashMap<>();
    private String slug;
    private String nameUk;
    private String nameEn;
    private List<String> tools = List.of();

    /** f:viewAction: {@code ?q=} filters by name or address, {@code ?after=} is the next page's cursor. */
    public void load() throws IOException {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        query = params.get("q");
        cursor = params.get("after");
        try {
            refresh();
        } catch (ForbiddenException e) {
            access.refuse("/platform/");
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale()); // an over-long filter or a broken cursor: said, the list left empty
        }
    }

    private void refresh() {
        Page<Community> page = directory.all(query, cursor, LISTED);
        communities = page.items();
        nextCursor = page.nextCursor();
        edits.clear();
        communities.forEach(c -> edits.put(c.id(), new Edit(c)));
    }

    /** What the form holds for one community until it is saved. */
    public static class Edit implements Serializable {
        private static final long serialVersionUID = 1L;
        private String nameUk;
        private String nameEn;
        private String zone;
        private List<String> tools;

        Edit(Community c) {
            nameUk = c.nameUk();
            nameEn = c.nameEn();
            zone = c.zone().getId();
            tools = new ArrayList<>(c.tools());
        }

        public String getNameUk() {
            return nameUk;
        }

        public void setNameUk(String nameUk) {
            this.nameUk = nameUk;
        }

        public String getNameEn() {
            return nameEn;
        }

        public void setNameEn(String nameEn) {
            this.nameEn = nameEn;
        }

        public String getZone() {
            return zone;
        }

        public void setZone(String zone) {
            this.zone = zone;
        }

        public List<String> getTools() {
            return tools;
        }

        public void setTools(List<String> tools) {
            this.tools = tools;
        }
    }

    public void create() {
        act(() -> directory.create(slug, nameUk, nameEn, CommunitySettings.DEFAULT_ZONE, toTools(tools)),
                "console.community.created");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            slug = null;
            nameUk = null;
            nameEn = null;
            tools = List.of();
        }
    }

    public void save(long id) {
        Edit edit = edits.get(id);
        if (edit == null) {
            return; // a community this view never listed: nothing was typed for it
        }
        act(() -> settings.edit(id, edit.nameUk, edit.nameEn, edit.zone, toTools(edit.tools)), "console.community.saved");
    }

    public void setActive(long id, boolean active) {
        act(() -> directory.setActive(id, active), "console.community.saved");
    }

    private void act(Runnable change, String doneKey) {
        if (Messages.attempt(language.getLocale(), doneKey, change)) {
            refresh();
        }
    }

    private static Set<String> toTools(List<String> names) {
        Set<String> set = new HashSet<>(names);
        return set;
    }

    /** The registered tools: only these can be switched on. */
    public List<ToolManifest> getAllTools() {
        return registry.all();
    }

    public List<Community> getCommunities() {
        return communities;
    }

    public String getQuery() {
        return query;
    }

    /** The filter as it goes into the paging links' addresses. */
    public String getQueryInAddress() {
        return query == null ? "" : URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    /** The cursor of the next page, or null on the last one. */
    public String getNextCursor() {
        return nextCursor;
    }

    /** Whether this is a later page (a link back to the first one is offered). */
    public boolean isLaterPage() {
        return cursor != null && !cursor.isBlank();
    }

    public Map<Long, Edit> getEdits() {
        return edits;
    }

    public List<String> getZones() {
        return CommunitySettings.ZONES;
    }

    public String getSlug() {
        return slug;
    }

    public void setSlug(String slug) {
        this.slug = slug;
    }

    public String getNameUk() {
        return nameUk;
    }

    public void setNameUk(String nameUk) {
        this.nameUk = nameUk;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public List<String> getTools() {
        return tools;
    }

    public void setTools(List<String> tools) {
        this.tools = tools;
    }
}
