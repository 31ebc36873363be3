package dev.kg.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** The SHA-256 of a file's bytes, by which a build tells the inputs that changed since the last one. */
final class ContentHash {
    private ContentHash() {
    }

    /** The file's SHA-256 in hex; empty when it is not a regular file (or a link to one) that can be read. */
    static Optional<String> of(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.of(HexFormat.of().formatHex(digest.digest()));
    }

    /** As {@link #of}, with a fixed text for a file that cannot be read, which no hash equals. */
    static String orMissing(Path file) {
        return of(file).orElse(Files.exists(file, LinkOption.NOFOLLOW_LINKS) ? "unreadable" : "missing");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
