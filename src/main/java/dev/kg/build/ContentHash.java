package dev.kg.build;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import dev.kg.store.BuildInputs.FileStamp;
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

    /**
     * The file's size and modification time now, taken before its bytes are hashed; {@link FileStamp#NONE} when it
     * is not a regular file, or was modified too recently for a later change in the same clock tick to show.
     */
    static FileStamp stamp(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return FileStamp.NONE;
            }
            long modified = attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS);
            Instant now = Instant.now();
            long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
            return nowNanos - modified < FileStamp.SETTLE_NANOS ? FileStamp.NONE : new FileStamp(attributes.size(), modified);
        } catch (IOException e) {
            return FileStamp.NONE;
        }
    }

    /** True when the file holds the bytes hashed as {@code sha256}, by its stamp when that is known, else by its bytes. */
    static boolean unchanged(Path file, FileStamp then, FileStamp now, String sha256) {
        return then.known() && then.equals(now) || sha256.equals(orMissing(file));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
