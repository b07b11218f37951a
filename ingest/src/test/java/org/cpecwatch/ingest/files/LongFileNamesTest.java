package org.cpecwatch.ingest.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Real files whose names sit at the file system's 255-byte limit, in ASCII and in multi-byte UTF-8. */
class LongFileNamesTest {

    private static final Instant AT = Instant.parse("2024-11-14T10:00:00Z");

    @TempDir
    Path root;

    static Stream<Arguments> namesAtTheLimit() {
        return IntStream.rangeClosed(250, 255).boxed().flatMap(bytes -> Stream.of(
                Arguments.of(nameOfBytes("a", bytes)),
                Arguments.of(nameOfBytes("گ", bytes)),
                Arguments.of(nameOfBytes("中", bytes)),
                Arguments.of(nameOfBytes("😀", bytes))));
    }

    @ParameterizedTest
    @MethodSource("namesAtTheLimit")
    void shouldWriteTheSidecarOfAFailedFileWhateverTheLengthOfItsName(String name) throws IOException {
        Path file = Files.writeString(root.resolve(name), "");

        Path landed = new FailedFolder(root.resolve("failed")).put(file, note(name));

        Path sidecar = FailedFolder.sidecarOf(landed);
        assertTrue(Files.isRegularFile(sidecar), "no sidecar beside " + landed);
        assertWithinLimit(sidecar);
        assertTrue(BackToInbox.isSidecar(sidecar), sidecar.toString());
        assertEquals(note(name), FailedFolder.readSidecar(landed));
    }

    @ParameterizedTest
    @MethodSource("namesAtTheLimit")
    void shouldArchiveASecondFileOfTheSameLongNameBesideTheFirst(String name) throws IOException {
        Archive archive = new Archive(root.resolve("archive"));
        Path first = archive.put(Files.writeString(root.resolve(name), "first"), AT);

        Path second = archive.put(Files.writeString(root.resolve(name), "second"), AT);

        assertNotEquals(first, second);
        assertWithinLimit(second);
        assertEquals("first", Files.readString(first));
        assertEquals("second", Files.readString(second));
        assertTrue(second.getFileName().toString().startsWith(name.substring(0, 40)), "recognisable: " + second);
    }

    @ParameterizedTest
    @MethodSource("namesAtTheLimit")
    void shouldWriteTheNoteOfAVanishedFileWhateverTheLengthOfItsName(String name) throws IOException {
        FailedFolder failed = new FailedFolder(root.resolve("failed"));

        Path first = failed.putNote(note(name));
        Path second = failed.putNote(note(name));

        assertNotEquals(first, second);
        for (Path note : new Path[] {first, second}) {
            assertWithinLimit(note);
            assertTrue(BackToInbox.isSidecar(note), note.toString());
        }
    }

    @Test
    void shouldGiveTwoLongNamesThatDifferOnlyAtTheEndTheirOwnSidecars() throws IOException {
        String common = "x".repeat(240);
        FailedFolder failed = new FailedFolder(root.resolve("failed"));
        Path one = failed.put(Files.writeString(root.resolve(common + "-one.txt"), ""), note(common + "-one.txt"));
        Path two = failed.put(Files.writeString(root.resolve(common + "-two.txt"), ""), note(common + "-two.txt"));

        assertNotEquals(FailedFolder.sidecarOf(one), FailedFolder.sidecarOf(two));
        assertEquals(common + "-one.txt", FailedFolder.readSidecar(one).originalName());
        assertEquals(common + "-two.txt", FailedFolder.readSidecar(two).originalName());
    }

    @Test
    void shouldTakeTheSidecarAlongWhenALongNamedFileGoesBackToTheInbox() throws IOException {
        String name = nameOfBytes("中", 255);
        Path landed = new FailedFolder(root.resolve("failed")).put(Files.writeString(root.resolve(name), ""), note(name));

        BackToInbox.move(landed, Files.createDirectories(root.resolve("inbox")));

        try (Stream<Path> left = Files.list(root.resolve("failed"))) {
            assertEquals(0, left.count());
        }
        assertFalse(Files.exists(FailedFolder.sidecarOf(landed)));
    }

    private static FailureNote note(String name) {
        return FailureNote.ofFile(name, "empty file (0 bytes)", null, 1, AT);
    }

    private static void assertWithinLimit(Path file) {
        int bytes = file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length;
        assertTrue(bytes <= 255, bytes + " bytes: " + file.getFileName());
    }

    /** {@code <letters>.txt} of exactly {@code bytes} bytes in UTF-8, padded with ASCII where a letter would not fit. */
    static String nameOfBytes(String letter, int bytes) {
        StringBuilder name = new StringBuilder();
        int letterBytes = letter.getBytes(StandardCharsets.UTF_8).length;
        int stemBytes = bytes - ".txt".length();
        int used = 0;
        while (used + letterBytes <= stemBytes) {
            name.append(letter);
            used += letterBytes;
        }
        name.append("b".repeat(stemBytes - used));
        return name + ".txt";
    }
}
