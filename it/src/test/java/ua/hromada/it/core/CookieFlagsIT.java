package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.TestDatabase;

/**
 * Cookies are HttpOnly where scripts need not read them, SameSite=Lax, and Secure whenever the
 * request came over HTTPS (WildFly's own TLS listener here; a TLS-terminating proxy with
 * proxy-address-forwarding in production), while plain HTTP on a developer's machine still works.
 */
class CookieFlagsIT {
    private static final String SLUG = "cookie-flags";
    /** localhost: the name in the certificate WildFly generates for its TLS listener. */
    private static final String HTTPS = "https://localhost:8443";

    @BeforeAll
    static void community() throws Exception {
        TestDatabase.community(SLUG, "Громада кукі", "Cookie Community");
    }

    @Test
    void overHttpsEveryCookieIsSecureAndSameSite() throws Exception {
        List<String> cookies = trustingClient().send(HttpRequest.newBuilder(URI.create(HTTPS + "/" + SLUG + "/?lang=en"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).headers().allValues("Set-Cookie");
        assertThat(cookies).as("the language choice is remembered in a cookie").isNotEmpty()
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("; secure").containsIgnoringCase("samesite=lax"));
    }

    @Test
    void overPlainHttpCookiesAreNotMarkedSecureSoLocalUseWorks() {
        List<String> cookies = Http.get("/" + SLUG + "/?lang=en").headers().allValues("Set-Cookie");
        assertThat(cookies).isNotEmpty().allSatisfy(c -> assertThat(c).doesNotContainIgnoringCase("secure")
                .containsIgnoringCase("samesite=lax"));
    }

    /** WildFly's TLS listener presents a self-signed certificate (for localhost) made at its first start. */
    private static HttpClient trustingClient() throws Exception {
        TrustManager trustAll = new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String type) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String type) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        };
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[] {trustAll}, null);
        return HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }
}
