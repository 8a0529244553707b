package ua.hromada.core.web.signin;

import java.util.regex.Pattern;

/** Where to go after signing in or out: only a path of this site, never another host. */
final class ReturnAddress {
    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[\\p{Alnum}/._~%?=&+-]*");

    private ReturnAddress() {
    }

    static String of(String requested) {
        return requested != null && requested.length() <= 500 && SAFE.matcher(requested).matches() ? requested : "/";
    }
}
