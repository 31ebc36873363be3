package dev.kg.store;

import java.util.List;

/**
 * How far TDB2's data reaches in a generation's files, to its 8 KiB blocks: TDB2 allocates blocks one after
 * another and never reuses them, so the end of the last block that is not all zeros is what the file holds,
 * live blocks and garbage alike. Read from the files' digests, which end at their last byte that is not zero.
 */
final class DataExtent {
    private static final int BLOCK = 8192;

    private DataExtent() {
    }

    /** The data in a generation's TDB2 files (kg's own aside), whose digests are {@code files}. */
    static long of(List<FileDigest> files) {
        long total = 0;
        for (FileDigest f : files) {
            if (!f.name().startsWith("kg-")) {
                total += Math.min(f.size(), (f.checked() + BLOCK - 1) / BLOCK * BLOCK);
            }
        }
        return total;
    }
}
