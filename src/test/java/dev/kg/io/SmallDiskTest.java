package dev.kg.io;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SmallDiskTest {

    @Test
    void aFilledDiskRefusesTheNextWrite(@TempDir Path dir) {
        try (SmallDisk disk = SmallDisk.mount(dir, 256)) {
            disk.fill(1024);
            assertThrows(IOException.class, () -> Files.write(disk.path().resolve("big"), new byte[64 * 1024]));
        }
    }
}
