package ua.hromada.core.web.signin;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;

/**
 * One identity provider as configured by system properties {@code hromada.oidc.<id>.*}
 * (wildfly-config/70-identity.cli): issuer, client id and secret, which ID-token claims hold
 * the national identifier, the full name and the date of birth, and whether the identifier is a
 * tax number whose digits state the date of birth where the token has no such claim.
 */
public record OidcProvider(String id, String issuer, String clientId, String clientSecret,
        String identifierClaim, String nameClaim, String birthdateClaim, boolean birthdateFromIdentifier) {

    static OidcProvider fromSystemProperties(String id) {
        String prefix = "hromada.oidc." + id + ".";
        return new OidcProvider(id,
                System.getProperty(prefix + "issuer", ""),
                System.getProperty(prefix + "client-id", "hromada"),
                System.getProperty(prefix + "client-secret", ""),
                System.getProperty(prefix + "identifier-claim", "drfo"),
                System.getProperty(prefix + "name-claim", "name"),
                System.getProperty(prefix + "birthdate-claim", "birthdate"),
                Boolean.parseBoolean(System.getProperty(prefix + "birthdate-from-identifier", "false")));
    }

    ClientID client() {
        return new ClientID(clientId);
    }

    /** The provider's discovery document (endpoints, keys), fetched from its issuer. */
    OIDCProviderMetadata metadata() throws GeneralException, IOException {
        return OIDCProviderMetadata.resolve(new Issuer(issuer));
    }
}
