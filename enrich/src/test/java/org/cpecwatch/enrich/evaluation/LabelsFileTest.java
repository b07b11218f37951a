package org.cpecwatch.enrich.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelsFileTest {

    @TempDir
    Path dir;

    @Test
    void shouldMarkALabelBorderlineWhereItsNoteSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.tsv"), "id\trelevant\tcategories\tnotes\n"
                + "a\t1\tATTACK\tborderline: one paragraph\nb\t0\t\teasy negative\n");

        List<Label> labels = LabelsFile.read(file);

        assertTrue(labels.get(0).borderline());
        assertEquals(false, labels.get(1).borderline());
    }

    @Test
    void shouldRefuseAnIdLabelledTwice() throws IOException {
        Path file = Files.writeString(dir.resolve("labels.tsv"), "id\trelevant\tcategories\na\t1\t\na\t0\t\n");

        String message = assertThrows(IOException.class, () -> LabelsFile.read(file)).getMessage();
        assertTrue(message.endsWith("line 3: id a is labelled twice"), message);
    }
}
