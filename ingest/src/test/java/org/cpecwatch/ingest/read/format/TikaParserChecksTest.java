package org.cpecwatch.ingest.read.format;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.apache.tika.mime.MediaType;
import org.cpecwatch.ingest.read.UnreadableFileException;
import org.junit.jupiter.api.Test;

/**
 * Tika's RTF reader asserts on an unbalanced "}" (tests run with -ea, as a cautious operator may): before, the
 * AssertionError left the parser as an Error and the reader treated it as fatal; now the file is refused with a reason.
 */
class TikaParserChecksTest {

    @Test
    void shouldRefuseAFileThatTripsAParsersOwnCheckInsteadOfThrowingAnError() {
        UnreadableFileException refused = assertThrows(UnreadableFileException.class, () -> new TikaDocumentParser()
                .parse("od}p warm up".getBytes(StandardCharsets.UTF_8), MediaType.application("rtf"), "a.rtf"));

        assertTrue(refused.getMessage().startsWith("cannot read the application/rtf file"), refused.getMessage());
    }
}
