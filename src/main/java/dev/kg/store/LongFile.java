package dev.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** A scratch file of 8-byte values, big-endian (so that bytes and values sort alike), read and written in large blocks. */
final class LongFile {
    private static final int BLOCK = 1 << 16;

    private LongFile() {
    }

    static Writer write(Path file) throws IOException {
        return new Writer(FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.CREATE));
    }

    static Reader read(Path file) throws IOException {
        return new Reader(FileChannel.open(file, StandardOpenOption.READ));
    }

    static final class Writer implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer block = ByteBuffer.allocate(BLOCK);

        private Writer(FileChannel channel) {
            this.channel = channel;
        }

        void put(long value) throws IOException {
            if (!block.hasRemaining()) {
                flush();
            }
            block.putLong(value);
        }

        private void flush() throws IOException {
            block.flip();
            while (block.hasRemaining()) {
                channel.write(block);
            }
            block.clear();
        }

        @Override
        public void close() throws IOException {
            try (channel) {
                flush();
            }
        }
    }

    static final class Reader implements AutoCloseable {
        private final FileChannel channel;
        private final ByteBuffer block = ByteBuffer.allocate(BLOCK).limit(0);
        private boolean atEnd;

        private Reader(FileChannel channel) {
            this.channel = channel;
        }

        boolean hasNext() throws IOException {
            while (block.remaining() < Long.BYTES && !atEnd) {
                block.compact();
                atEnd = channel.read(block) < 0;
                block.flip();
            }
            return block.remaining() >= Long.BYTES;
        }

        /** The next value; only after {@link #hasNext} said there is one, or where the file's length guarantees it. */
        long next() throws IOException {
            if (!hasNext()) {
                throw new IOException("the file ends inside a value");
            }
            return block.getLong();
        }

        @Override
        public void close() {
            try {
                channel.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
