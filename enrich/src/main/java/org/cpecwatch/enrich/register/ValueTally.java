package org.cpecwatch.enrich.register;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.cpecwatch.schemas.avro.IncidentConflict;

/**
 * What the reports of one incident say for one field, value by value, in the order they were told. The best value
 * is the most precise, then the one most articles give, then the one told first; every other value is a conflict,
 * kept with the articles that give it.
 */
final class ValueTally<T> {

    private final ToIntFunction<T> rank;
    private final Map<T, Set<String>> articlesByValue = new LinkedHashMap<>();

    /** {@code rank}: the lower, the more precise. */
    ValueTally(ToIntFunction<T> rank) {
        this.rank = rank;
    }

    static <T> ValueTally<T> unranked() {
        return new ValueTally<>(value -> 0);
    }

    void add(T value, String articleId) {
        if (value != null) {
            articlesByValue.computeIfAbsent(value, v -> new LinkedHashSet<>()).add(articleId);
        }
    }

    Optional<T> best() {
        T best = null;
        for (T value : articlesByValue.keySet()) {
            if (best == null || better(value, best)) {
                best = value;
            }
        }
        return Optional.ofNullable(best);
    }

    List<IncidentConflict> conflicts(String field, Function<T, String> text) {
        Optional<T> best = best();
        List<IncidentConflict> conflicts = new ArrayList<>();
        articlesByValue.forEach((value, articles) -> {
            if (!best.get().equals(value)) {
                conflicts.add(new IncidentConflict(field, text.apply(value), new ArrayList<>(articles)));
            }
        });
        return conflicts;
    }

    private boolean better(T value, T than) {
        int byRank = Integer.compare(rank.applyAsInt(value), rank.applyAsInt(than));
        return byRank < 0 || byRank == 0 && articlesByValue.get(value).size() > articlesByValue.get(than).size();
    }
}
