package dev.kg.cli;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * One random corruption of a built store, as a disk, a careless hand or another program might leave it: a
 * file truncated, bytes flipped, a block zeroed, a file deleted, or a file or folder added. {@code what}
 * says exactly what was done, to replay it.
 */
record StoreCorruption(Kind kind, String what) {
    enum Kind { TRUNCATE, FLIP_BYTES, ZERO_BLOCK, DELETE_FILE, ADD_FILE }

    /** Most of a small store's index files is zeros no read reaches; half the byte damage goes where data is. */
    private static final long DATA_REGION = 256 * 1024;
    private static final int BLOCK = 8192;

    /** Does one corruption, chosen with {@code random}, to the store at {@code store}. */
    static StoreCorruption apply(Path store, Random random) throws IOException {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        List<Path> files = files(store);
        List<Path> nonEmpty = files.stream().filter(StoreCorruption::nonEmpty).toList();
        Path file = (kind == Kind.DELETE_FILE || kind == Kind.ADD_FILE ? files : nonEmpty).get(random.nextInt(
                kind == Kind.DELETE_FILE || kind == Kind.ADD_FILE ? files.size() : nonEmpty.size()));
        String name = store.relativize(file).toString();
        switch (kind) {
            case TRUNCATE -> {
                long length = random.nextLong(Files.size(file));
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    f.setLength(length);
                }
                return new StoreCorruption(kind, "truncated " + name + " to " + length + " bytes");
            }
            case FLIP_BYTES -> {
                int count = 1 + random.nextInt(8);
                StringBuilder at = new StringBuilder();
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    for (int i = 0; i < count; i++) {
                        long offset = offset(random, f.length());
                        f.seek(offset);
                        int old = f.read();
                        f.seek(offset);
                        f.write(old ^ (1 + random.nextInt(255)));
                        at.append(i == 0 ? "" : ",").append(offset);
                    }
                }
                return new StoreCorruption(kind, "flipped bits of " + count + " bytes of " + name + " at " + at);
            }
            case ZERO_BLOCK -> {
                try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
                    long offset = offset(random, f.length()) / BLOCK * BLOCK;
                    int length = (int) Math.min(BLOCK, f.length() - offset);
                    f.seek(offset);
                    f.write(new byte[length]);
                    return new StoreCorruption(kind, "zeroed " + length + " bytes of " + name + " at " + offset);
                }
            }
            case DELETE_FILE -> {
                Files.delete(file);
                return new StoreCorruption(kind, "deleted " + name);
            }
            default -> {
                return add(store, file.getParent(), random);
            }
        }
    }

    /** A file of random bytes beside an existing one, or an empty generation folder above the newest. */
    private static StoreCorruption add(Path store, Path folder, Random random) throws IOException {
        if (random.nextInt(3) == 0) {
            Path generation = StoreDamageTest.newestGeneration(store);
            int n = Integer.parseInt(generation.getFileName().toString().substring("Data-".length()));
            Path extra = Files.createDirectory(store.resolve("Data-%04d".formatted(n + 1 + random.nextInt(3))));
            return new StoreCorruption(Kind.ADD_FILE, "added the empty folder " + store.relativize(extra));
        }
        byte[] bytes = new byte[random.nextInt(64 * 1024)];
        random.nextBytes(bytes);
        Path extra = Files.write(folder.resolve("extra-" + random.nextInt(1000) + ".dat"), bytes);
        return new StoreCorruption(Kind.ADD_FILE, "added " + store.relativize(extra) + " (" + bytes.length + " random bytes)");
    }

    private static long offset(Random random, long size) {
        return random.nextBoolean() ? random.nextLong(Math.min(size, DATA_REGION)) : random.nextLong(size);
    }

    private static List<Path> files(Path store) throws IOException {
        try (Stream<Path> paths = Files.walk(store)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static boolean nonEmpty(Path file) {
        try {
            return Files.size(file) > 0;
        } catch (IOException e) {
            return false;
        }
    }
}
