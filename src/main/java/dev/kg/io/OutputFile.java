package dev.kg.io;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Writes a command's output to the file the user named, according to what that name is:
 * <ul>
 * <li>a regular file, or nothing yet: replaced whole through a temporary file and a rename ({@link AtomicFile}),
 *     so that a failed write leaves the old file as it was;</li>
 * <li>a symbolic link: followed; the file it points to is written as above and the link stays a link (a link
 *     to nothing is refused);</li>
 * <li>a character device ({@code /dev/null}, a terminal) or a FIFO: written directly, never replaced;</li>
 * <li>a file with more than one hard link: refused, since a rename would leave its other names with the old
 *     content; a folder, a block device or a socket: refused.</li>
 * </ul>
 */
public final class OutputFile {

    /** What to write into the stream; the stream is closed by {@link OutputFile}. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private OutputFile() {
    }

    public static void write(Path target, Content content) {
        Path file = followed(target);
        FileKind kind = kind(target, file);
        switch (kind) {
            case MISSING -> {
                Path folder = file.toAbsolutePath().getParent();
                if (!Files.isDirectory(folder)) {
                    throw new KgException(ErrorCode.WRITE_FAILED, target + ": cannot write, there is no folder "
                            + folder + " — create the folder first, or name a file in an existing one");
                }
                AtomicFile.replace(file, target, content);
            }
            case REGULAR -> {
                int links = links(target, file);
                if (links > 1) {
                    throw refused(target, "has " + links + " hard links, and replacing it would leave the other"
                            + " names with the old content — write to a new file, or remove the other links first");
                }
                AtomicFile.replace(file, target, content);
            }
            case CHARACTER_DEVICE, FIFO -> writeDirectly(file, target, content);
            default -> throw refused(target, "is " + kind.description() + "; kg replaces regular files only"
                    + " — name a file (a character device such as /dev/null or a FIFO is written to as it is)");
        }
    }

    /** The file a symbolic link leads to, or {@code target} itself when it is not a link. */
    private static Path followed(Path target) {
        try {
            if (FileKind.of(target, LinkOption.NOFOLLOW_LINKS) != FileKind.SYMBOLIC_LINK) {
                return target;
            }
            if (FileKind.of(target) == FileKind.MISSING) {
                throw refused(target, "is a symbolic link to " + Files.readSymbolicLink(target)
                        + ", which does not exist — create the file it points to, or name another file");
            }
            return target.toRealPath();
        } catch (IOException e) {
            throw failed(target, e, "check the link and the folders it leads through");
        }
    }

    private static FileKind kind(Path target, Path file) {
        try {
            return FileKind.of(file);
        } catch (IOException e) {
            throw failed(target, e, "check that the folder exists and is readable");
        }
    }

    private static int links(Path target, Path file) {
        try {
            return FileKind.links(file);
        } catch (IOException e) {
            throw failed(target, e, "check that the file is readable");
        }
    }

    /** A device or a FIFO takes the bytes as they come: there is no old content to keep. */
    private static void writeDirectly(Path file, Path target, Content content) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.WRITE))) {
            writeAll(content, out);
        } catch (IOException e) {
            throw failed(target, e, "the output is incomplete; check the device or the reader of the FIFO");
        }
    }

    /**
     * Writes the content; a writer that wraps its IOException in an unchecked one (Jena's RIOT does) has it
     * unwrapped, so that a full disk is a write error rather than an internal one.
     */
    static void writeAll(Content content, OutputStream out) throws IOException {
        try {
            content.writeTo(out);
            out.flush();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
    }

    private static KgException refused(Path target, String why) {
        return new KgException(ErrorCode.OUTPUT_REFUSED, target + " " + why);
    }

    static KgException failed(Path target, IOException e, String fix) {
        return new KgException(ErrorCode.WRITE_FAILED,
                target + ": cannot write (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ") — " + fix, e);
    }
}
