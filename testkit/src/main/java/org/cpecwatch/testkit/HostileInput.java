package org.cpecwatch.testkit;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.function.Executable;

/**
 * What a fuzz target asks of a parser on any input: it returns or refuses cleanly, within a bounded time. The bound
 * is 1 s for a 64 KB input (the issue's), doubled so a busy CI machine does not fail a healthy parser.
 */
public final class HostileInput {

    /** Inputs are cut here: the bound is stated per 64 KB. */
    public static final int MAX_BYTES = 64 * 1024;
    public static final Duration BUDGET = Duration.ofSeconds(2);

    private HostileInput() {
    }

    /** Runs the parse; any exception it throws fails the target, as does running past the budget. */
    public static void parse(Executable parse) {
        assertTimeoutPreemptively(BUDGET, parse, "over " + BUDGET.toMillis() + " ms on one input of at most 64 KB");
    }
}
