package dev.kg.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * One file of a store generation as the build wrote it: its size, and a CRC32C of each megabyte that holds any
 * of its first {@code checked} bytes (to the end of that megabyte), beyond which the file held only zeros.
 * <p>
 * TDB2 makes its index files 8 MiB at a time and writes blocks from the start, so a small store's index
 * files are mostly zeros that no read reaches. The checksums cover the data up to its last byte that is not
 * zero, so a store is checked on every open at the cost of reading its data once; {@link #tailIsZero} checks
 * the rest (for {@code kg check}). TDB2 only ever appends blocks to its data files, so after a write
 * transaction the megabytes before the old end of the data are as they were, and {@link #extend} keeps their
 * checksums without reading them.
 */
record FileDigest(String name, long size, long checked, List<Long> chunks) {
    /** The unit of the checksums, and in which data is told from the zeros after it; larger than TDB2's 8 KiB blocks. */
    static final int CHUNK = 1 << 20;
    private static final byte[] ZEROS = new byte[CHUNK];
    private static final int PAGE = 4096;

    FileDigest {
        if (size < 0 || checked < 0 || checked > size || chunks.size() != (checked + CHUNK - 1) / CHUNK) {
            throw new IllegalArgumentException(name + ": size " + size + ", checked " + checked + ", " + chunks.size() + " chunks");
        }
        chunks = List.copyOf(chunks);
    }

    /** Reads the file as it is now. */
    static FileDigest of(Path file) throws IOException {
        return of(file, file.getFileName().toString());
    }

    /** Reads the file as it is now, to be listed as {@code name}. */
    static FileDigest of(Path file, String name) throws IOException {
        return digest(file, name, null);
    }

    /**
     * Reads the file as it is now, which a write transaction has changed only after the first {@code before.checked}
     * bytes: the checksums of the megabytes before those are kept, and only the rest is read.
     */
    static FileDigest extend(Path file, FileDigest before) throws IOException {
        return digest(file, before.name(), before);
    }

    private static FileDigest digest(Path file, String name, FileDigest before) throws IOException {
        try (FileChannel channel = FileChannel.open(file)) {
            long size = channel.size();
            ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
            boolean appended = before != null && size >= before.checked();
            int kept = appended ? (int) (before.checked() / CHUNK) : 0;
            long checked = appended ? endAfter(channel, before.checked(), size, buffer) : end(channel, size, buffer);
            List<Long> chunks = new ArrayList<>(appended ? before.chunks().subList(0, kept) : List.of());
            for (long start = (long) kept * CHUNK; start < checked; start += CHUNK) {
                chunks.add(crc(channel, start, size, buffer));
            }
            return new FileDigest(name, size, checked, chunks);
        }
    }

    /**
     * The end of the data: back from the end of the file, chunk by chunk (aligned to the file's start), while the
     * chunks hold only zeros; then to the last byte that is not zero, so that what a later write appends lies after it.
     */
    private static long end(FileChannel channel, long size, ByteBuffer buffer) throws IOException {
        for (long start = (size - 1) / CHUNK * CHUNK; start >= 0 && size > 0; start -= CHUNK) {
            int last = lastNonZero(buffer, read(channel, start, buffer));
            if (last >= 0) {
                return start + last + 1;
            }
        }
        return 0;
    }

    /**
     * The end of the data of a file whose data ended at {@code from} before a write transaction appended to it:
     * forward from there to the first chunk of zeros (TDB2 appends its blocks one after another), rather than back
     * through the zeros TDB2 keeps ahead of its data.
     */
    private static long endAfter(FileChannel channel, long from, long size, ByteBuffer buffer) throws IOException {
        long checked = from;
        for (long start = from / CHUNK * CHUNK; start < size; start += CHUNK) {
            int last = lastNonZero(buffer, read(channel, start, buffer));
            if (last < 0 && start >= checked) {
                break;
            }
            checked = Math.max(checked, start + last + 1);
        }
        return checked;
    }

    /** The index of the last byte in the buffer's first {@code length} that is not zero; -1 when all are. */
    private static int lastNonZero(ByteBuffer buffer, int length) {
        if (isZero(buffer.array(), length)) {
            return -1;
        }
        int last = length - 1;
        while (buffer.array()[last] == 0) {
            last--;
        }
        return last;
    }

    /**
     * True when the file's first {@code checked} bytes are those the build wrote, and the zeros after them to the end
     * of their last megabyte.
     */
    boolean dataMatches(FileChannel channel) throws IOException {
        return channel.size() >= checked && chunksMatch(channel, chunks.size());
    }

    /**
     * True when the megabytes before the one that holds the end of the data are those the build wrote: what a
     * write transaction leaves as it was, since it appends after the data.
     */
    boolean prefixMatches(FileChannel channel) throws IOException {
        return channel.size() >= checked && chunksMatch(channel, (int) (checked / CHUNK));
    }

    /** True when the last megabyte of the file's data is what the build wrote: the one a write transaction appends to. */
    boolean lastChunkMatches(FileChannel channel) throws IOException {
        if (chunks.isEmpty()) {
            return true;
        }
        int last = chunks.size() - 1;
        return channel.size() >= checked
                && crc(channel, (long) last * CHUNK, size, ByteBuffer.allocate(CHUNK)) == chunks.get(last);
    }

    private boolean chunksMatch(FileChannel channel, int count) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        for (int i = 0; i < count; i++) {
            if (crc(channel, (long) i * CHUNK, size, buffer) != chunks.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** True when everything after the first {@code checked} bytes is zero, as the build left it. */
    boolean tailIsZero(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(CHUNK);
        for (long start = checked; start < channel.size(); start += CHUNK) {
            if (!isZero(buffer.array(), read(channel, start, buffer))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Writes zeros over whatever is not zero after the first {@code checked} bytes, up to {@code size}: only the
     * 4 KiB pages that hold data, which the file system has already given space, so that it takes no new space.
     */
    void zeroTail(FileChannel channel) throws IOException {
        long end = Math.min(size, channel.size());
        ByteBuffer page = ByteBuffer.allocate(PAGE);
        for (long pageStart = checked / PAGE * PAGE; pageStart < end; pageStart += PAGE) {
            long from = Math.max(pageStart, checked);
            int n = (int) (Math.min(pageStart + PAGE, end) - from);
            page.clear().limit(n);
            while (page.hasRemaining() && channel.read(page, from + page.position()) >= 0) {
                // reads the page's part whole
            }
            if (Arrays.mismatch(page.array(), 0, page.position(), ZEROS, 0, page.position()) >= 0) {
                ByteBuffer zeros = ByteBuffer.wrap(ZEROS, 0, page.position());
                while (zeros.hasRemaining()) {
                    channel.write(zeros, from + zeros.position());
                }
            }
        }
    }

    /** The CRC32C of the chunk at {@code start}, up to {@code end}. */
    private static long crc(FileChannel channel, long start, long end, ByteBuffer buffer) throws IOException {
        int read = read(channel, start, buffer);
        CRC32C crc = new CRC32C();
        crc.update(buffer.array(), 0, (int) Math.min(read, end - start));
        return crc.getValue();
    }

    /** Reads up to one chunk from {@code start}; fewer bytes only at the end of the file. */
    private static int read(FileChannel channel, long start, ByteBuffer buffer) throws IOException {
        buffer.clear();
        while (buffer.hasRemaining()) {
            int n = channel.read(buffer, start + buffer.position());
            if (n < 0) {
                break;
            }
        }
        return buffer.position();
    }

    private static boolean isZero(byte[] bytes, int length) {
        return Arrays.mismatch(bytes, 0, length, ZEROS, 0, length) < 0;
    }
}
