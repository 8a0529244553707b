package ua.hromada.core.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import ua.hromada.core.HromadaException;
import ua.hromada.core.audit.AuditEntry;
import ua.hromada.core.identity.AccountDeletion;
import ua.hromada.core.identity.People;
import ua.hromada.core.identity.Person;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.notification.Notice;
import ua.hromada.core.notification.Notices;
import ua.hromada.core.web.LandingView;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/**
 * A person's cabinet: who the platform knows them as, their roles and their recent actions, and
 * deleting their account (typed word and a confirm dialog; the bean checks the word again).
 */
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

    @Inject
    AccountDeletion deletion;

    private Person person;
    private List<People.HeldRole> roles = List.of();
    private List<AuditEntry> activity = List.of();
    private List<Notice> noticeList = List.of();
    private boolean optionalNotices;
    private String confirmation;

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
        read();
    }

    private void read() {
        roles = people.rolesOf(person.id());
        activity = people.activityOf(person.id(), 20);
        noticeList = notices.mine(20);
        optionalNotices = person.wantsOptionalNotices();
    }

    /**
     * The person deletes their account: on success the session ends (signed out) and the landing
     * page says so; a refusal (the word mistyped, say) stays on this page with everything intact.
     */
    public void deleteAccount() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            deletion.delete(confirmation);
        } catch (HromadaException e) {
            Messages.show(e, language.getLocale());
            faces.validationFailed();
            readAgain();
            return;
        }
        ExternalContext external = faces.getExternalContext();
        external.invalidateSession();
        LandingView.sayAfterRedirect((HttpServletRequest) external.getRequest(), "account.deleted");
        external.redirect(external.getRequestContextPath() + "/");
        faces.responseComplete();
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }

    /** The person switches the optional notices (e.g. responses to what they signed) on or off. */
    public void saveNoticeChoice() {
        notices.wantOptional(optionalNotices);
        Messages.info(language.getLocale(), "cabinet.notices.saved");
        readAgain();
    }

    /** A postback runs no view action: the page is read again for the answer. */
    private void readAgain() {
        SignedIn signedIn = current.getSignedIn();
        person = signedIn == null ? null : people.own(signedIn.personId()).orElse(null);
        if (person != null) {
            read();
        }
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
