package ua.hromada.core.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The canonical encoding of an entry and its SHA-256: the UTF-8 bytes of
 * {@code "hromada-ledger-v1\n" + kind + "\n" + subject + "\n" + position + "\n" + prevHash + "\n" + payload},
 * hex in lower case. Kind, subject, position and the previous hash cannot hold a line break, so the
 * payload (last) is unambiguous whatever it holds; anyone can recompute it with sha256sum.
 */
public final class ChainHash {
    public static final String GENESIS = "0".repeat(64);
    /** A chain's kind: lower-case letters and hyphens, as tools name their subjects. */
    public static final Pattern KIND = Pattern.compile("[a-z][a-z-]{0,31}");
    private static final String VERSION = "hromada-ledger-v1";

    private ChainHash() {
    }

    public static String of(String kind, long subjectId, long position, String prevHash, String payload) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("not a chain kind: " + kind);
        }
        String canonical = VERSION + "\n" + kind + "\n" + subjectId + "\n" + position + "\n" + prevHash + "\n" + payload;
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
