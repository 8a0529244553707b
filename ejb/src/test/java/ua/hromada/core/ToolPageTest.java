package ua.hromada.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import ua.hromada.core.tool.ToolPage;

/** A tool's page paths map onto views, with the object id passed on and nothing else matched. */
class ToolPageTest {
    @Test
    void plainAndObjectPaths() {
        ToolPage list = new ToolPage("/things", "/community/things/list.xhtml");
        ToolPage one = new ToolPage("/things/{id}/edit", "/community/things/edit.xhtml");
        assertThat(list.viewFor("/things")).isEqualTo("/community/things/list.xhtml");
        assertThat(list.viewFor("/things/")).isNull();
        assertThat(one.viewFor("/things/42/edit")).isEqualTo("/community/things/edit.xhtml?id=42");
        assertThat(one.viewFor("/things/x/edit")).isNull();
        assertThat(one.viewFor("/things/1234567890123456789/edit")).as("more than 18 digits").isNull();
        assertThat(one.viewFor("/things/42/edit/more")).isNull();
        assertThat(new ToolPage("/t.{id}", "/v").viewFor("/tx5")).as("the path is literal, not a pattern").isNull();
        assertThatThrownBy(() -> new ToolPage("things", "/v")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ToolPage("/{id}/{id}", "/v")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void consolePagesAndDeclaredOnesAreForSignedInPeopleOnly() {
        assertThat(new ToolPage("/things", "/v").signInOnly()).isFalse();
        assertThat(ToolPage.forSignedIn("/things/new", "/v").signInOnly()).isTrue();
        assertThat(new ToolPage("/admin/things", "/v").signInOnly()).as("a console page, whatever the tool says").isTrue();
        assertThat(new ToolPage("/admin/things/{id}", "/v").signInOnly()).isTrue();
    }
}
