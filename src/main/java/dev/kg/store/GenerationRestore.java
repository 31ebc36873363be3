package dev.kg.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Makes a generation that a change did not commit to again exactly what its manifest from before lists: TDB2
 * wrote the uncommitted transaction's blocks after the old data, and would write its next transaction over
 * them, so they are taken away rather than taken into the manifest. The files TDB2 grew are cut back to their
 * old sizes and the blocks after their data set to zeros, which takes no new space; kg's record beside its place
 * goes. Run with the store's lock held and TDB2's files not open.
 */
final class GenerationRestore {
    private GenerationRestore() {
    }

    /** Restores {@code generation} to {@code before}; throws when it then does not match it. */
    static void to(Path generation, StoreManifest before) throws IOException {
        for (FileDigest f : before.files()) {
            if (f.name().startsWith("kg-") || f.name().endsWith(".jrnl")) {
                continue;
            }
            try (FileChannel channel = FileChannel.open(generation.resolve(f.name()), StandardOpenOption.READ,
                    StandardOpenOption.WRITE)) {
                if (channel.size() > f.size()) {
                    channel.truncate(f.size());
                }
                f.zeroTail(channel);
                channel.force(false);
            }
        }
        for (String name : new String[] {StoreManifest.GRAPHS_FILE, BuildInputsFile.FILE_NAME, StoreManifest.FILE_NAME}) {
            Files.deleteIfExists(StoreManifest.next(generation, name));
        }
        if (!StoreManifest.readFrom(generation).equals(java.util.Optional.of(before)) || !GenerationCheck.matches(generation, before)) {
            throw new IOException(generation + " does not match its manifest from before the change");
        }
    }
}
