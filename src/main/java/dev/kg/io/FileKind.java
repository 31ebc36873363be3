package dev.kg.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** What a path names: a file, a folder, a link, a FIFO, a device; read from the file's mode, not guessed. */
public enum FileKind {
    MISSING("nothing"),
    REGULAR("a file"),
    DIRECTORY("a folder"),
    SYMBOLIC_LINK("a symbolic link"),
    FIFO("a FIFO (named pipe)"),
    CHARACTER_DEVICE("a character device"),
    BLOCK_DEVICE("a block device"),
    SOCKET("a socket"),
    OTHER("a special file");

    // The file-type bits of st_mode (<sys/stat.h>), the same on Linux and macOS.
    private static final int TYPE_MASK = 0170000;

    private final String description;

    FileKind(String description) {
        this.description = description;
    }

    /** "a FIFO (named pipe)", for messages. */
    public String description() {
        return description;
    }

    /**
     * The kind of {@code path}, following symbolic links unless {@link LinkOption#NOFOLLOW_LINKS} is given;
     * {@link #MISSING} when nothing is there (a dangling link, followed, is missing).
     */
    public static FileKind of(Path path, LinkOption... options) throws IOException {
        try {
            Object mode = Files.getAttribute(path, "unix:mode", options);
            return fromMode((Integer) mode);
        } catch (NoSuchFileException e) {
            return MISSING;
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // No unix view (Windows): the basic attributes tell all but which special file it is.
            try {
                BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, options);
                return a.isRegularFile() ? REGULAR : a.isDirectory() ? DIRECTORY : a.isSymbolicLink() ? SYMBOLIC_LINK : OTHER;
            } catch (NoSuchFileException missing) {
                return MISSING;
            }
        }
    }

    private static FileKind fromMode(int mode) {
        return switch (mode & TYPE_MASK) {
            case 0100000 -> REGULAR;
            case 0040000 -> DIRECTORY;
            case 0120000 -> SYMBOLIC_LINK;
            case 0010000 -> FIFO;
            case 0020000 -> CHARACTER_DEVICE;
            case 0060000 -> BLOCK_DEVICE;
            case 0140000 -> SOCKET;
            default -> OTHER;
        };
    }

    /** How many names (hard links) the file has; 1 where the file system does not say. */
    public static int links(Path path) throws IOException {
        try {
            return (Integer) Files.getAttribute(path, "unix:nlink");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 1;
        }
    }
}
