package ua.hromada.core.web.signin;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;

/**
 * One identity provider as configured by system properties {@code hromada.oidc.<id>.*}
 * (wildfly-config/70-identity.cli): issuer, client id and secret, and which ID-token claims hold
 * the national identifier and the full name.
 */
public record OidcProvider(String id, String issuer, String clientId, String clientSecret,
        String identifierClaim, String nameClaim) {

    static OidcProvider fromSystemProperties(String id) {
        String prefix = "hromada.oidc." + id + ".";
        return new OidcProvider(id,
                System.getProperty(prefix + "issuer", ""),
                System.getProperty(prefix + "client-id", "hromada"),
                System.getProperty(prefix + "client-secret", ""),
                System.getProperty(prefix + "identifier-claim", "drfo"),
                System.getProperty(prefix + "name-claim", "name"));
    }

    ClientID client() {
        return new ClientID(clientId);
    }

    /** The provider's discovery document (endpoints, keys), fetched from its issuer. */
    OIDCProviderMetadata metadata() throws GeneralException, IOException {
        return OIDCProviderMetadata.resolve(new Issuer(issuer));
    }
}
