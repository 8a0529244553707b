package ua.hromada.core.web.signin;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import ua.hromada.core.identity.SignInException;

/** The configured providers (system property {@code hromada.oidc.providers}) and their metadata. */
@ApplicationScoped
public class OidcProviders {
    private final Map<String, OIDCProviderMetadata> metadata = new ConcurrentHashMap<>();

    public List<OidcProvider> all() {
        return Arrays.stream(System.getProperty("hromada.oidc.providers", "").split(","))
                .map(String::strip).filter(id -> !id.isEmpty())
                .map(OidcProvider::fromSystemProperties)
                .filter(p -> p.issuer().startsWith("http")) // "none" (the configured default) switches it off
                .toList();
    }

    public Optional<OidcProvider> byId(String id) {
        return all().stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Discovery is fetched once per provider and kept; a provider that is down refuses sign-in. */
    OIDCProviderMetadata metadataOf(OidcProvider provider) {
        OIDCProviderMetadata known = metadata.get(provider.id());
        if (known != null) {
            return known;
        }
        try {
            OIDCProviderMetadata fetched = provider.metadata();
            metadata.put(provider.id(), fetched);
            return fetched;
        } catch (GeneralException | IOException e) {
            throw new SignInException("signin.provider-unavailable", provider.id());
        }
    }
}
