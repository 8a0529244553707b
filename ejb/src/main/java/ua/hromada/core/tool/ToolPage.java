package ua.hromada.core.tool;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of a tool: the path after {@code /{community}} (with {@code {id}} standing for an
 * object id of up to 18 digits) and the Facelets view (or servlet path) that serves it. A page
 * only signed-in people use (every console page below {@code /admin}, and those made with
 * {@link #forSignedIn}) sends a visitor to sign in before any of its beans runs, so a visitor
 * opens no HTTP session there.
 */
public final class ToolPage {
    private static final String ID = "{id}";
    private final String path;
    private final String view;
    private final Pattern withId;
    private final boolean signInOnly;

    public ToolPage(String path, String view) {
        this(path, view, false);
    }

    /** A page for signed-in people only (a form to submit or edit, say). */
    public static ToolPage forSignedIn(String path, String view) {
        return new ToolPage(path, view, true);
    }

    private ToolPage(String path, String view, boolean signInOnly) {
        if (!path.startsWith("/") || path.indexOf(ID) != path.lastIndexOf(ID)) {
            throw new IllegalArgumentException("a page path starts with / and has at most one {id}: " + path);
        }
        this.path = path;
        this.view = view;
        this.signInOnly = signInOnly || path.startsWith("/admin");
        int at = path.indexOf(ID);
        this.withId = at < 0 ? null
                : Pattern.compile(Pattern.quote(path.substring(0, at)) + "(\\d{1,18})" + Pattern.quote(path.substring(at + ID.length())));
    }

    /** The view for {@code rest} (with {@code ?id=} for an object page), or null when this page does not serve it. */
    public String viewFor(String rest) {
        if (withId == null) {
            return path.equals(rest) ? view : null;
        }
        Matcher m = withId.matcher(rest);
        return m.matches() ? view + "?id=" + m.group(1) : null;
    }

    public String path() {
        return path;
    }

    public String view() {
        return view;
    }

    public boolean signInOnly() {
        return signInOnly;
    }
}
