package dev.kg.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What kg itself is, for telling whether the code that built a store is the code running now: its version and
 * a digest of its own jar, or of its classes folder's names, sizes and times when it runs from one. A build
 * by other code is a full one, since the graph kg makes of the same inputs may differ.
 */
final class KgCode {
    private static String id;

    private KgCode() {
    }

    static synchronized String id() {
        if (id == null) {
            String version = KgCode.class.getPackage().getImplementationVersion();
            id = (version != null ? version : "development build") + " " + digest();
        }
        return id;
    }

    private static String digest() {
        Path code;
        try {
            code = Path.of(KgCode.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            return "unknown";
        }
        MessageDigest digest = ContentHash.sha256();
        try {
            if (Files.isRegularFile(code)) {
                return ContentHash.of(code).orElse("unknown");
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(code)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                digest.update((code.relativize(f) + " " + Files.size(f) + " " + Files.getLastModifiedTime(f).toMillis() + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            return "unknown";
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
