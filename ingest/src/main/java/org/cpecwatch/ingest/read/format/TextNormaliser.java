package org.cpecwatch.ingest.read.format;

import java.text.Normalizer;

/** Every text leaves ingest the same way: LF line ends, NFC composition, no surrounding white space. */
public final class TextNormaliser {

    private TextNormaliser() {
    }

    public static String normalise(String text) {
        return Normalizer.normalize(text.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC).strip();
    }
}
