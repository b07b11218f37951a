package org.cpecwatch.ingest.read.format;

import org.cpecwatch.ingest.read.UnreadableFileException;

/** The checks every extracted body passes before it may become a record. */
final class Bodies {

    private Bodies() {
    }

    static String require(String body) throws UnreadableFileException {
        if (body == null || body.isBlank()) {
            throw new UnreadableFileException("no text: the file holds only white space");
        }
        if (body.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new UnreadableFileException("no text: the file holds no letters or digits");
        }
        return body;
    }
}
