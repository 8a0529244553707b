package ua.hromada.core.tool;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One page of a tool: the path after {@code /{community}} (with {@code {id}} standing for an
 * object id of up to 18 digits) and the Facelets view (or servlet path) that serves it.
 */
public final class ToolPage {
    private static final String ID = "{id}";
    private final String path;
    private final String view;
    private final Pattern withId;

    public ToolPage(String path, String view) {
        if (!path.startsWith("/") || path.indexOf(ID) != path.lastIndexOf(ID)) {
            throw new IllegalArgumentException("a page path starts with / and has at most one {id}: " + path);
        }
        this.path = path;
        this.view = view;
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
}
