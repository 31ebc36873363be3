package dev.kg.store;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * Copies a store's generation, file by file as its manifest lists them, into a new folder: each file's data
 * checked against the manifest as it is read, the zeros after it (most of a small store's index files) left as
 * holes, and every file written through to the disk. kg's own files are not copied: the build writes them anew.
 */
final class GenerationCopy {
    private static final int CHUNK = 1 << 20;
    private static final byte[] ZEROS = new byte[CHUNK];

    private GenerationCopy() {
    }

    /** Copies the generation {@code from} (of the store {@code store}), as {@code manifest} lists it, into {@code to}. */
    static void copy(Path store, Path from, StoreManifest manifest, Path to) throws IOException {
        Files.createDirectories(to);
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        for (FileDigest f : manifest.files()) {
            if (f.name().startsWith("kg-")) {
                continue;
            }
            copy(store, from.resolve(f.name()), f, to.resolve(f.name()), buffer);
        }
    }

    private static void copy(Path store, Path source, FileDigest digest, Path target, ByteBuffer buffer) throws IOException {
        CRC32C crc = new CRC32C();
        try (FileChannel in = FileChannel.open(source);
             FileChannel out = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            if (in.size() != digest.size()) {
                throw GenerationCheck.damaged(store, manifest(source) + " is " + in.size() + " bytes; the build wrote " + digest.size());
            }
            for (long start = 0; start < digest.checked(); start += CHUNK) {
                buffer.clear();
                int length = (int) Math.min(CHUNK, digest.checked() - start);
                buffer.limit(length);
                while (buffer.hasRemaining() && in.read(buffer, start + buffer.position()) >= 0) {
                    // reads until the chunk is full
                }
                crc.update(buffer.array(), 0, buffer.position());
                if (Arrays.mismatch(buffer.array(), 0, buffer.position(), ZEROS, 0, buffer.position()) >= 0) {
                    buffer.flip();
                    while (buffer.hasRemaining()) {
                        out.write(buffer, start + buffer.position());
                    }
                }
            }
            if (crc.getValue() != digest.crc32c()) {
                throw GenerationCheck.damaged(store, manifest(source) + " does not hold the data the build wrote");
            }
            out.force(false);
        }
        // The rest of the file was zeros: a hole of the same length reads the same.
        try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
            file.setLength(digest.size());
        }
    }

    private static String manifest(Path file) {
        return file.getParent().getFileName() + "/" + file.getFileName();
    }
}
