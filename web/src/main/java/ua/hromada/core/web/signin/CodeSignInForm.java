package ua.hromada.core.web.signin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import ua.hromada.core.HromadaException;
import ua.hromada.core.identity.CodeSignIns;
import ua.hromada.core.identity.Person;
import ua.hromada.core.identity.SignInStrength;
import ua.hromada.core.web.LanguageSelection;
import ua.hromada.core.web.Messages;

/**
 * E-mail + phone sign-in: the person gives name, e-mail and phone, then enters the code from the
 * e-mail and the one from the SMS. Everything typed stays in the form across mistakes; the id of
 * the attempt stays on the server. Success rotates the session id, like the provider sign-in.
 */
@Named
@ViewScoped
public class CodeSignInForm implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The provider id of e-mail + phone sessions (cabinet label key cabinet.provider.phone). */
    static final String PROVIDER = "phone";

    @Inject
    CodeSignIns codeSignIns;

    @Inject
    LanguageSelection language;

    private String returnTo = "/";
    private String fullName;
    private String email;
    private String phone;
    private String emailCode;
    private String smsCode;
    private Long challengeId;

    @PostConstruct
    void remember() {
        returnTo = ReturnAddress.of(FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("return"));
    }

    public void send() {
        try {
            challengeId = codeSignIns.send(fullName, email, phone, request().getRemoteAddr());
            emailCode = smsCode = null;
        } catch (HromadaException e) {
            fail(e);
        }
    }

    public void confirm() throws IOException {
        if (challengeId == null) {
            return;
        }
        Person person;
        try {
            person = codeSignIns.confirm(challengeId, emailCode, smsCode, request().getRemoteAddr());
        } catch (HromadaException e) {
            fail(e);
            return;
        }
        HttpServletRequest request = request();
        request.changeSessionId();
        request.getSession().setAttribute(SignedIn.ATTRIBUTE,
                SignedIn.of(person.id(), person.fullName(), PROVIDER, SignInStrength.BASIC));
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        external.redirect(external.getRequestContextPath() + returnTo);
    }

    /** Back to the first step (another address or number), keeping what was typed. */
    public void change() {
        challengeId = null;
    }

    public boolean isSent() {
        return challengeId != null;
    }

    private void fail(HromadaException e) {
        Messages.show(e, language.getLocale());
        FacesContext.getCurrentInstance().validationFailed();
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    /** Whether e-mail + phone sign-in works here (no SMS gateway configured: it does not). */
    public boolean isAvailable() {
        return codeSignIns.available();
    }

    public String getReturnTo() {
        return returnTo;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmailCode() {
        return emailCode;
    }

    public void setEmailCode(String emailCode) {
        this.emailCode = emailCode;
    }

    public String getSmsCode() {
        return smsCode;
    }

    public void setSmsCode(String smsCode) {
        this.smsCode = smsCode;
    }
}
