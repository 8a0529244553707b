package ua.hromada.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.calendar.Calendars;
import ua.hromada.core.calendar.CommunityDayOff;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.tenancy.Community;
import ua.hromada.core.tenancy.CommunitySettings;
import ua.hromada.core.tool.ToolManifest;
import ua.hromada.core.tool.ToolRegistry;

/**
 * The community console's settings: which tools are on and which sign-in each accepts, the time
 * zone, the localities whose people are its residents, and the calendar's days off. The beans
 * decide who may; this shows their answers.
 */
@Named
@ViewScoped
public class SettingsConsole implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    CommunitySettings settings;

    @Inject
    Calendars calendars;

    @Inject
    TenantContext tenant;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    @Inject
    Clock clock;

    @Inject
    ToolRegistry registry;

    private final Map<String, Boolean> enabled = new HashMap<>();
    private final Map<String, String> signIn = new HashMap<>();
    private String zone;
    /** The residency localities as the textarea holds them, one a line. */
    private String localities;
    private String region;
    private int declarationDays;
    private List<CommunityDayOff> daysOff = List.of();
    private LocalDate day;
    private String reason;

    /** f:viewAction: anonymous visitors go to sign in, others without the right get 403. */
    public void load() throws IOException {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        try {
            show(settings.of(tenant.require().id()));
        } catch (ForbiddenException e) {
            access.refuse("/" + tenant.require().slug() + "/admin/settings");
        }
    }

    private void show(Community community) {
        enabled.clear();
        signIn.clear();
        for (ToolManifest tool : registry.all()) {
            enabled.put(tool.key(), community.hasTool(tool.key()));
            signIn.put(tool.key(), community.requiredSignIn(tool.key()).name());
        }
        zone = community.zone().getId();
        localities = String.join("\n", community.residencyLocalityNames());
        region = community.residencyRegion();
        declarationDays = community.declarationChangeDays();
        daysOff = calendars.daysOffFrom(community.id(), LocalDate.now(clock.withZone(community.zone())));
    }

    public void save() {
        act(() -> {
            Set<String> tools = new HashSet<>();
            Map<String, SignInStrength> strengths = new HashMap<>();
            for (ToolManifest tool : registry.all()) {
                if (Boolean.TRUE.equals(enabled.get(tool.key()))) {
                    tools.add(tool.key());
                }
                strengths.put(tool.key(), SignInStrength.valueOf(signIn.get(tool.key())));
            }
            settings.change(tenant.require().id(), tools, strengths, zone);
        }, "console.settings.saved");
    }

    public void saveResidency() {
        act(() -> settings.changeResidency(tenant.require().id(), Community.localitiesIn(localities), region),
                "console.settings.residency.saved");
    }

    public void saveDeclarationDays() {
        act(() -> settings.changeDeclarationPeriod(tenant.require().id(), declarationDays),
                "console.settings.residency.declaration-days.saved");
    }

    public int getDeclarationDays() {
        return declarationDays;
    }

    public void setDeclarationDays(int declarationDays) {
        this.declarationDays = declarationDays;
    }

    public void addDayOff() {
        act(() -> calendars.addDayOff(tenant.require(), day, reason), "console.settings.day-off.added");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            day = null;
            reason = null;
        }
    }

    public void removeDayOff(LocalDate which) {
        act(() -> calendars.removeDayOff(tenant.require(), which), "console.settings.day-off.removed");
    }

    private void act(Runnable change, String doneKey) {
        if (Messages.attempt(language.getLocale(), doneKey, change)) {
            show(settings.of(tenant.require().id()));
        }
    }

    /** The registered tools: only these can be switched on. */
    public List<ToolManifest> getAllTools() {
        return registry.all();
    }

    public List<SignInStrength> getStrengths() {
        return List.of(SignInStrength.values());
    }

    public List<String> getZones() {
        return CommunitySettings.ZONES;
    }

    public Map<String, Boolean> getEnabled() {
        return enabled;
    }

    public Map<String, String> getSignIn() {
        return signIn;
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public String getLocalities() {
        return localities;
    }

    public void setLocalities(String localities) {
        this.localities = localities;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public List<CommunityDayOff> getDaysOff() {
        return daysOff;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
