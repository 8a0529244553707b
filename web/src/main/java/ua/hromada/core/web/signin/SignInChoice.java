package ua.hromada.core.web.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import ua.hromada.core.identity.CodeSignIns;

/** The sign-in choice page: the configured providers, and e-mail + phone next to them. */
@Named
@RequestScoped
public class SignInChoice {
    @Inject
    OidcProviders providers;

    @Inject
    HttpServletRequest request;

    @Inject
    CodeSignIns codeSignIns;

    public List<OidcProvider> getProviders() {
        return providers.all();
    }

    /** Whether e-mail + phone codes can be sent (an SMS gateway is configured). */
    public boolean isCodesAvailable() {
        return codeSignIns.available();
    }

    /** The page to come back to, already checked and encoded for a query string. */
    public String getReturnParameter() {
        return URLEncoder.encode(ReturnAddress.of(request.getParameter("return")), StandardCharsets.UTF_8);
    }
}
