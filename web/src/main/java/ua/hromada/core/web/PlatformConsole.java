package ua.hromada.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.Page;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunityDirectory;
import ua.hromada.core.tenancy.Tool;

/**
 * The platform console's communities: register one, switch its tools, suspend or re-activate it.
 * For national moderators and platform administrators; the directory bean decides.
 */
@Named
@ViewScoped
public class PlatformConsole implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Inject
    CommunityDirectory directory;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private List<Community> communities = List.of();
    private final Map<Long, List<String>> toolsOf = new HashMap<>();
    private String slug;
    private String nameUk;
    private String nameEn;
    private List<String> tools = List.of();

    /** f:viewAction. */
    public void load() throws IOException {
        try {
            refresh();
        } catch (ForbiddenException e) {
            access.refuse("/platform/");
        }
    }

    private void refresh() {
        communities = directory.all(null, Page.MAX_LIMIT).items();
        toolsOf.clear();
        communities.forEach(c -> toolsOf.put(c.id(), c.tools().stream().map(Tool::name).collect(Collectors.toList())));
    }

    public void create() {
        act(() -> directory.create(slug, nameUk, nameEn, KYIV, toTools(tools)), "console.community.created");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            slug = null;
            nameUk = null;
            nameEn = null;
            tools = List.of();
        }
    }

    public void saveTools(long id) {
        act(() -> directory.setTools(id, toTools(toolsOf.getOrDefault(id, List.of()))), "console.community.saved");
    }

    public void setActive(long id, boolean active) {
        act(() -> directory.setActive(id, active), "console.community.saved");
    }

    private void act(Runnable change, String doneKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            change.run();
            refresh();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(language.getLocale(), doneKey), null));
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
            faces.validationFailed();
        }
    }

    private static Set<Tool> toTools(List<String> names) {
        Set<Tool> set = EnumSet.noneOf(Tool.class);
        names.forEach(n -> set.add(Tool.valueOf(n)));
        return set;
    }

    public List<Tool> getAllTools() {
        return List.of(Tool.values());
    }

    public List<Community> getCommunities() {
        return communities;
    }

    public Map<Long, List<String>> getToolsOf() {
        return toolsOf;
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
