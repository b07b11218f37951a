package org.cpecwatch.enrich.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class ModelFileTest {

    private final RelevanceModel shipped = ModelFile.shipped();

    @Test
    void shouldWriteTheShippedModelBackToTheSameText() throws IOException {
        String text = ModelFile.text(shipped);

        assertEquals(shipped, ModelFile.read(text));
        assertEquals(text, ModelFile.text(ModelFile.read(text)));
        assertTrue(text.indexOf('\r') < 0, "line ends are \\n on every platform");
    }

    @Test
    void shouldRefuseAModelEditedAfterTraining() {
        String edited = ModelFile.text(shipped).replaceFirst("\"threshold\" ?: ?[0-9.]+", "\"threshold\" : 0.11");

        String message = assertThrows(IOException.class, () -> ModelFile.read(edited)).getMessage();
        assertTrue(message.startsWith("the model file was edited after training"), message);
    }

    @Test
    void shouldRefuseNonFiniteOrMissingNumbers() {
        String text = ModelFile.text(shipped);

        assertThrows(IOException.class, () -> ModelFile.read(text.replaceFirst("\"bias\" ?: ?[-0-9.E]+", "\"bias\" : 1e999")));
        assertThrows(IOException.class, () -> ModelFile.read(text.replaceFirst("\"bias\" ?: ?[-0-9.E]+", "\"bias\" : \"x\"")));
        assertThrows(IOException.class, () -> ModelFile.read(text.replace("\"seed\"", "\"sowed\"")));
        assertThrows(IOException.class, () -> ModelFile.read("[]"));
    }
}
