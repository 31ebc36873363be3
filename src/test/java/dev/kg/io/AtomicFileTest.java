package dev.kg.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

    @Test
    void aNewFileIsReadableByOthersAndAReplacedFileKeepsItsPermissions(@TempDir Path dir) throws IOException {
        Path created = dir.resolve("new.ttl");
        OutputFile.write(created, out -> out.write("a".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));

        Path existing = dir.resolve("old.ttl");
        Files.writeString(existing, "old");
        Files.setPosixFilePermissions(existing, PosixFilePermissions.fromString("rw-rw----"));
        OutputFile.write(existing, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(existing)));
        assertEquals("new", Files.readString(existing));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file is left behind");
        }
    }
}
