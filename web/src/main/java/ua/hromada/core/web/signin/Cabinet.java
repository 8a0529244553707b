package ua.hromada.core.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Person;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.notification.Notice;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.web.LanguageSelection;

/** A person's cabinet: who the platform knows them as, their roles and their recent actions. */
@Named
@RequestScoped
public class Cabinet {
    private static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Inject
    People people;

    @Inject
    CurrentPerson current;

    @Inject
    LanguageSelection language;

    @Inject
    Notices notices;

    @Inject
    OidcProviders providers;

    private Person person;
    private List<People.HeldRole> roles = List.of();
    private List<AuditEntry> activity = List.of();
    private List<Notice> noticeList = List.of();
    private boolean optionalNotices;

    /** f:viewAction: only for the signed-in; others are sent to sign in first. */
    public void load() throws IOException {
        SignedIn signedIn = current.getSignedIn();
        person = signedIn == null ? null : people.own(signedIn.personId()).orElse(null);
        if (person == null) {
            ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
            external.redirect(external.getRequestContextPath() + "/signin?return=/cabinet/");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        roles = people.rolesOf(person.id());
        activity = people.activityOf(person.id(), 20);
        noticeList = notices.mine(20);
        optionalNotices = person.wantsOptionalNotices();
    }

    /** The person switches the optional notices (e.g. responses to petitions they signed) on or off. */
    public void saveNoticeChoice() {
        notices.wantOptional(optionalNotices);
    }

    public List<Notice> getNotices() {
        return noticeList;
    }

    public boolean isOptionalNotices() {
        return optionalNotices;
    }

    public void setOptionalNotices(boolean optionalNotices) {
        this.optionalNotices = optionalNotices;
    }

    public String when(Instant at) {
        return language.format(at, KYIV);
    }

    public Person getPerson() {
        return person;
    }

    public String getProvider() {
        return current.getSignedIn().providerId();
    }

    /** Offered to people signed in with e-mail + phone: confirming their national identity links the accounts. */
    public boolean isLinkable() {
        return current.getSignedIn().strength() == SignInStrength.BASIC;
    }

    public List<OidcProvider> getProviders() {
        return providers.all();
    }

    public List<People.HeldRole> getRoles() {
        return roles;
    }

    public List<AuditEntry> getActivity() {
        return activity;
    }
}
