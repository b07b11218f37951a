package org.cpecwatch.enrich.evaluation;

import java.util.Optional;

/** The incident columns of a labels file: what the article's main incident is, where a person wrote it down. */
public record IncidentLabel(Optional<String> date, Optional<String> place, Optional<String> province,
                            Optional<Integer> killed, Optional<Integer> injured, Optional<String> perpetrator) {

    public static final IncidentLabel NONE = new IncidentLabel(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
}
