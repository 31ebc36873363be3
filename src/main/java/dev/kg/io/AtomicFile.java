package dev.kg.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a regular file through a temporary file beside it and a rename, so readers never see half a file
 * and a failed write leaves the old file as it was. Only for regular files: {@link OutputFile} decides.
 */
final class AtomicFile {

    private AtomicFile() {
    }

    /**
     * A temporary file is private to its owner; the file it replaces keeps its own permissions, and a new
     * file gets the usual rw-r--r-- rather than the temporary file's rw-------.
     */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target) : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Replaces {@code file} (a regular file, or none yet) whole; errors name it as the user did, {@code shownAs}. */
    static void replace(Path file, Path shownAs, OutputFile.Content content) {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            keepPermissions(file, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                OutputFile.writeAll(content, out);
                channel.force(true);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw OutputFile.failed(shownAs, e, Files.exists(file)
                    ? "the file is left as it was; check the free space and that the folder is writable"
                    : "check that the folder exists and is writable");
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // The temporary file is hidden and harmless; the original error matters more.
                }
            }
        }
    }
}
