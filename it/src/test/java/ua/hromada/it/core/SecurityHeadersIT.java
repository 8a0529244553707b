package ua.hromada.it.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ua.hromada.it.support.Http;
import ua.hromada.it.support.TestDatabase;

/** Every kind of response carries the security headers: pages, the API, errors and downloads. */
class SecurityHeadersIT {
    private static final String SLUG = "security-headers";

    @BeforeAll
    static void community() throws Exception {
        long id = TestDatabase.communityWith(SLUG, "Громада заголовків", "Headers Community", "petitions");
    }

    @Test
    void pagesApiErrorsAndDownloadsCarryTheHeaders() {
        String[] paths = {"/", "/" + SLUG + "/", "/" + SLUG + "/petitions", "/no-such-community/", "/" + SLUG + "/petitions/1?after=zz",
            "/api/v1/health", "/api/v1/communities/" + SLUG, "/api/v1/communities/no-such-community", "/api/v1/openapi.yaml",
            "/api/v1/open-data/petitions.csv", "/signin", "/jakarta.faces.resource/hromada.css.xhtml?ln=hromada"};
        for (String path : paths) {
            HttpResponse<String> response = Http.get(path);
            assertThat(response.statusCode()).as(path).isLessThan(500);
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(response.headers().firstValue("Permissions-Policy")).as(path).hasValueSatisfying(
                    p -> assertThat(p).contains("camera=()", "geolocation=()"));
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(
                    csp -> assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                            "object-src 'none'").doesNotContain("http:", "https:", "*"));
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path + ": plain HTTP here").isEmpty();
        }
    }
}
