package ua.hromada.core.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ua.hromada.core.ForbiddenException;
import ua.hromada.core.HromadaException;
import ua.hromada.core.access.Acting;
import ua.hromada.core.access.Role;
import ua.hromada.core.identity.GrantRules;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Person;
import ua.hromada.core.identity.RoleGrants;
import ua.hromada.core.tenancy.CommunitySettings;

/**
 * The platform console's national moderators: who holds the role (since, until); platform
 * administrators find a person by name, grant the role (optionally until a date) and revoke it.
 */
@Named
@ViewScoped
public class ModeratorConsole implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Role ROLE = Role.NATIONAL_MODERATOR;

    @Inject
    RoleGrants grants;

    @Inject
    People people;

    @Inject
    LanguageSelection language;

    @Inject
    ConsoleAccess access;

    private List<RoleGrants.Holder> holders = List.of();
    private List<Person> found = List.of();
    private String name;
    private LocalDate until;

    /** f:viewAction. */
    public void load() throws IOException {
        try {
            holders = grants.platformHolders(ROLE);
        } catch (ForbiddenException e) {
            access.refuse("/platform/moderators.xhtml");
        }
    }

    /** Whether to offer granting at all; {@link RoleGrants#grant} decides again. */
    public boolean isMayGrant() {
        return GrantRules.mayGrant(Acting.current().rolesIn(null), ROLE);
    }

    public void search() {
        try {
            found = people.named(name);
            if (found.isEmpty()) {
                info("console.moderators.found.none");
            }
        } catch (HromadaException e) {
            found = List.of();
            Messages.show(e, language.getLocale());
        }
    }

    public void grant(long personId) {
        // "until" is a date: the grant lasts through that whole day, platform time
        Instant end = until == null ? null : until.plusDays(1).atStartOfDay(CommunitySettings.DEFAULT_ZONE).toInstant();
        act(() -> grants.grant(personId, null, ROLE, end), "console.moderators.granted");
        if (!FacesContext.getCurrentInstance().isValidationFailed()) {
            found = List.of();
            name = null;
            until = null;
        }
    }

    public void revoke(long grantId) {
        act(() -> grants.revoke(grantId), "console.roles.revoked");
    }

    private void act(Runnable change, String doneKey) {
        Messages.attempt(language.getLocale(), doneKey, change);
        holders = grants.platformHolders(ROLE);
    }

    private void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(language.getLocale(), key), null));
    }

    public String when(Instant at) {
        return language.format(at, CommunitySettings.DEFAULT_ZONE);
    }

    public List<RoleGrants.Holder> getHolders() {
        return holders;
    }

    public List<Person> getFound() {
        return found;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}
