package dev.kg.export;

import dev.kg.error.ErrorCode;
import dev.kg.error.KgException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder an export of several files goes into: created when missing (its parent must exist), refused when not a folder. */
public final class ExportFolder {
    private ExportFolder() {
    }

    public static Path prepare(Path folder) {
        if (Files.isDirectory(folder)) {
            return folder;
        }
        if (Files.exists(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            throw new KgException(ErrorCode.OUTPUT_REFUSED, folder + ": is not a folder; this export writes several files"
                    + " — name a folder with -o (a missing one is created)");
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new KgException(ErrorCode.WRITE_FAILED, folder + ": cannot create the folder, there is no folder "
                    + parent + " — create it first, or name a folder in an existing one");
        }
        try {
            return Files.createDirectory(folder);
        } catch (IOException e) {
            throw new KgException(ErrorCode.WRITE_FAILED, folder + ": cannot create the folder (" + e.getMessage()
                    + ") — check its parent's permissions, or name another folder", e);
        }
    }
}
