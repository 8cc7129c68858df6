package io.lineengage.adapters.persistence.postgres;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

/**
 * Lays out the PostgreSQL binaries that zonky ships, the way zonky itself would (a {@code PG-<md5>} folder with a
 * {@code .exists} marker), with one difference: {@code initdb} and {@code pg_ctl} refuse to run as root, so they are
 * wrapped to run under {@code unshare -U} when the service runs as root (containers, CI). In that fresh user
 * namespace the process is not uid 0, yet keeps access to the files it owns.
 */
final class EmbeddedPostgresBinaries {
    private static final Set<String> WRAPPED = Set.of("initdb", "pg_ctl");

    private final Path workingDirectory;
    private final byte[] archive;

    private EmbeddedPostgresBinaries(Path workingDirectory, byte[] archive) {
        this.workingDirectory = workingDirectory;
        this.archive = archive;
    }

    static EmbeddedPostgresBinaries prepare(Path workingDirectory) {
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
            EmbeddedPostgresBinaries binaries = new EmbeddedPostgresBinaries(workingDirectory, in.readAllBytes());
            binaries.extractOnce();
            return binaries;
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the embedded PostgreSQL binaries", e);
        }
    }

    Path workingDirectory() {
        return workingDirectory;
    }

    /** Hands zonky the very archive we laid out, so that it finds our folder by the same digest. */
    PgBinaryResolver resolver() {
        return (system, architecture) -> new ByteArrayInputStream(archive);
    }

    private void extractOnce() throws IOException {
        Path folder = workingDirectory.resolve("PG-" + md5(archive));
        Path marker = folder.resolve(".exists");
        Files.createDirectories(folder);
        // Several test JVMs may start at once: one extracts, the others wait on the lock and then see the marker.
        try (FileChannel lockFile = FileChannel.open(
                        workingDirectory.resolve("line-engage-extract.lock"),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE);
                FileLock ignored = lockFile.lock()) {
            if (Files.exists(marker)) {
                return;
            }
            extract(folder);
            for (String command : WRAPPED) {
                wrapForRoot(folder.resolve("bin").resolve(command));
            }
            // zonky trusts the folder only when the marker is its newest entry, so it is written last.
            Files.writeString(marker, "");
        }
    }

    private void extract(Path folder) throws IOException {
        try (TarArchiveInputStream tar =
                new TarArchiveInputStream(new XZCompressorInputStream(new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = folder.resolve(entry.getName()).normalize();
                if (!target.startsWith(folder)) {
                    throw new IOException("archive entry outside the target folder: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(target.getParent());
                    Files.deleteIfExists(target);
                    Files.createSymbolicLink(target, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                    if ((entry.getMode() & 0100) != 0) {
                        Files.setPosixFilePermissions(
                                target,
                                Set.of(
                                        PosixFilePermission.OWNER_READ,
                                        PosixFilePermission.OWNER_WRITE,
                                        PosixFilePermission.OWNER_EXECUTE,
                                        PosixFilePermission.GROUP_READ,
                                        PosixFilePermission.GROUP_EXECUTE,
                                        PosixFilePermission.OTHERS_READ,
                                        PosixFilePermission.OTHERS_EXECUTE));
                    }
                }
            }
        }
    }

    private static void wrapForRoot(Path command) throws IOException {
        Path real = command.resolveSibling(command.getFileName() + ".real");
        Files.move(command, real, StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(command, """
                #!/bin/sh
                # PostgreSQL refuses to run as root; a new user namespace makes us someone else (see EmbeddedPostgresBinaries).
                real="$(dirname "$0")/%s"
                if [ "$(id -u)" = 0 ]; then exec unshare -U "$real" "$@"; fi
                exec "$real" "$@"
                """.formatted(real.getFileName()));
        Files.setPosixFilePermissions(command, Files.getPosixFilePermissions(real));
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
