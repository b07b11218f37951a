package org.cpecwatch.sink.query;

import java.util.List;

/** A value some reports give for {@code field} that differs from the incident's best value, and who gives it. */
public record ConflictingValue(String field, String value, List<String> articleIds) {
}
