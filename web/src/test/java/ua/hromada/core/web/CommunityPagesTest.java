package ua.hromada.core.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Core's routes below a community's slug, before any tool's. */
class CommunityPagesTest {
    @Test
    void corePagesAndTheirParameters() {
        assertThat(view("", List.of())).isEqualTo("/community/home.xhtml");
        assertThat(view("/", List.of())).isEqualTo("/community/home.xhtml");
        assertThat(view("/admin/audit.csv", List.of())).isEqualTo(AuditExport.PATH);
        assertThat(view("/documents/42.pdf", List.of())).isEqualTo(DocumentDownload.PATH + "?id=42");
        assertThat(view("/admin/settings/petitions", List.of()))
                .isEqualTo("/community/admin/tool-settings.xhtml?tool=petitions");
    }

    @Test
    void anythingElseIsNoPage() {
        assertThat(view("/documents/x.pdf", List.of())).isNull();
        assertThat(view("/documents/1234567890123456789.pdf", List.of())).isNull();
        assertThat(view("/admin/settings/Petitions", List.of())).isNull();
        assertThat(view("/admin/settings/", List.of())).isNull();
        assertThat(view("/petitions", List.of())).as("a tool's page, and no tool is on").isNull();
    }

    @Test
    void consolePagesAreForSignedInPeopleOnly() {
        assertThat(CommunityPages.route("/admin/roles", List.of()).signInOnly()).isTrue();
        assertThat(CommunityPages.route("/admin/settings/petitions", List.of()).signInOnly()).isTrue();
        assertThat(CommunityPages.route("/", List.of()).signInOnly()).isFalse();
        assertThat(CommunityPages.route("/documents/1.pdf", List.of()).signInOnly()).isFalse();
    }

    private static String view(String rest, List<ua.hromada.core.tool.ToolManifest> tools) {
        CommunityPages.Route route = CommunityPages.route(rest, tools);
        return route == null ? null : route.view();
    }

    @Test
    void theWalkSeesEveryCorePage() {
        assertThat(CommunityPages.corePages()).extracting(p -> p.path()).contains("/", "/admin/", "/documents/{id}.pdf",
                "/admin/settings/{tool}");
    }
}
