package dev.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.kg.io.FileKind;
import dev.kg.io.SmallDisk;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kg export -o} replaces regular files only, and never replaces what is not one; a failed write
 * leaves the old file intact and exits non-zero with a code. Devices are made with mknod in a temporary
 * folder, never in /dev.
 */
@Timeout(120)
class OutputTargetsTest {
    private static final String TURTLE = SeedStore.kg("export").out();

    private static Kg.Run exportTo(Path target) {
        return SeedStore.kg("export", "-o", target.toString());
    }

    /** A device node like /dev/null (1,3) or /dev/full (1,7), made in {@code dir}; skips where mknod is not allowed. */
    private static Path device(Path dir, String name, int minor) throws Exception {
        Path node = dir.resolve(name);
        Process p = new ProcessBuilder("mknod", node.toString(), "c", "1", Integer.toString(minor))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assumeTrue(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0, "mknod needs root; skipped");
        return node;
    }

    @Test
    void aCharacterDeviceIsWrittenToAndStaysADevice(@TempDir Path dir) throws Exception {
        Path nul = device(dir, "null", 3);
        Kg.Run run = exportTo(nul);
        assertEquals(0, run.exit(), run.err());
        assertEquals(FileKind.CHARACTER_DEVICE, FileKind.of(nul, LinkOption.NOFOLLOW_LINKS));

        Path full = device(dir, "full", 7);
        Kg.Run failed = exportTo(full);
        assertEquals(1, failed.exit());
        assertTrue(failed.err().startsWith("kg export: " + full + ": cannot write (IOException: No space left on device)"),
                failed.err());
        assertTrue(failed.err().strip().endsWith("[write-failed]"), failed.err());
        assertEquals(FileKind.CHARACTER_DEVICE, FileKind.of(full, LinkOption.NOFOLLOW_LINKS));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file beside the devices");
        }
    }

    @Test
    void aFifoIsWrittenToAndStaysAFifo(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("graph.fifo");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(30, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo here");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        Kg.Run run = exportTo(fifo);
        assertEquals(0, run.exit(), run.err());
        assertEquals(TURTLE, reader.get(60, TimeUnit.SECONDS));
        assertEquals(FileKind.FIFO, FileKind.of(fifo, LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aSymbolicLinkIsFollowedAndStaysALink(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("graph.ttl"), "old\n");
        Path link = Files.createSymbolicLink(dir.resolve("latest.ttl"), Path.of("graph.ttl"));
        Kg.Run run = exportTo(link);
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(Path.of("graph.ttl"), Files.readSymbolicLink(link));
        assertEquals(TURTLE, Files.readString(file));
    }

    @Test
    void aLinkToNothingAHardLinkAndAFolderAreRefusedAndLeftAsTheyWere(@TempDir Path dir) throws IOException {
        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.ttl"), Path.of("missing.ttl"));
        Kg.Run run = exportTo(dangling);
        assertEquals(1, run.exit());
        assertEquals("kg export: " + dangling + " is a symbolic link to missing.ttl, which does not exist — create the"
                + " file it points to, or name another file [output-refused]\n", run.err());
        assertTrue(Files.isSymbolicLink(dangling));
        assertFalse(Files.exists(dir.resolve("missing.ttl")));

        Path first = Files.writeString(dir.resolve("a.ttl"), "old\n");
        Path second = Files.createLink(dir.resolve("b.ttl"), first);
        run = exportTo(second);
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("kg export: " + second + " has 2 hard links"), run.err());
        assertTrue(run.err().strip().endsWith("[output-refused]"), run.err());
        assertEquals("old\n", Files.readString(first));
        assertEquals("old\n", Files.readString(second));
        assertEquals(2, FileKind.links(first));

        Path folder = Files.createDirectory(dir.resolve("graph.ttl"));
        run = exportTo(folder);
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("kg export: " + folder + " is a folder; kg replaces regular files only"), run.err());
        assertTrue(Files.isDirectory(folder));
    }

    @Test
    void aFullDiskLeavesTheOldFileIntactAndNoTemporaryFile(@TempDir Path dir) throws IOException {
        try (SmallDisk disk = SmallDisk.mount(dir, 256)) {
            Path target = Files.writeString(disk.path().resolve("graph.ttl"), "old\n");
            disk.fill(TURTLE.length() / 4);
            Kg.Run run = exportTo(target);
            assertEquals(1, run.exit());
            assertEquals("kg export: " + target + ": cannot write (IOException: No space left on device) — the file is"
                    + " left as it was; check the free space and that the folder is writable [write-failed]\n", run.err());
            assertEquals("old\n", Files.readString(target));
            try (Stream<Path> files = Files.list(disk.path())) {
                assertEquals(2, files.count(), "the target and the filler, no temporary file");
            }
        }
    }
}
