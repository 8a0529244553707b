package ua.hromada.core;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Opaque keyset cursors: the sort key of the last item a client saw, base64url-encoded so clients
 * treat it as a token. A cursor that does not decode is a malformed parameter (400).
 */
public final class Cursor {
    private Cursor() {
    }

    public static String encode(Object... keys) {
        StringBuilder s = new StringBuilder("v1");
        for (Object key : keys) {
            s.append(':').append(key);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The numeric keys of a cursor; exactly {@code count} of them or the cursor is refused. */
    public static long[] decode(String cursor, int count) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != count + 1 || !"v1".equals(parts[0])) {
                throw new IllegalArgumentException("wrong shape");
            }
            long[] keys = new long[count];
            for (int i = 0; i < count; i++) {
                keys[i] = Long.parseLong(parts[i + 1]);
            }
            return keys;
        } catch (IllegalArgumentException e) {
            throw new MalformedParameterException("param.cursor.invalid", cursor);
        }
    }
}
