package dev.kg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.List;

/**
 * How far TDB2's data reaches in a generation's files, to its 8 KiB blocks: TDB2 allocates blocks one after
 * another and never reuses them, so the end of the last block that is not all zeros is what the file holds,
 * live blocks and garbage alike. Finer than the manifest's megabyte chunks, so that the garbage of a small
 * store shows too.
 */
final class DataExtent {
    private static final int BLOCK = 8192;

    private DataExtent() {
    }

    /** The data in the generation {@code dir}'s TDB2 files (kg's own aside), whose digests are {@code files}. */
    static long of(Path dir, List<FileDigest> files) throws IOException {
        long total = 0;
        for (FileDigest f : files) {
            if (!f.name().startsWith("kg-")) {
                total += of(dir.resolve(f.name()), f);
            }
        }
        return total;
    }

    /** The end of the file's last block that is not all zeros; only the megabyte before its digest's end is read. */
    private static long of(Path file, FileDigest digest) throws IOException {
        long end = digest.checked();
        long from = Math.max(0, end - (1 << 20));
        ByteBuffer buffer = ByteBuffer.allocate((int) (end - from));
        try (FileChannel channel = FileChannel.open(file)) {
            while (buffer.hasRemaining() && channel.read(buffer, from + buffer.position()) >= 0) {
                // reads the chunk whole
            }
        }
        byte[] bytes = buffer.array();
        for (int block = (buffer.position() - 1) / BLOCK; block >= 0; block--) {
            for (int i = Math.min(buffer.position(), (block + 1) * BLOCK) - 1; i >= block * BLOCK; i--) {
                if (bytes[i] != 0) {
                    return Math.min(end, from + (long) (block + 1) * BLOCK);
                }
            }
        }
        return from;
    }
}
