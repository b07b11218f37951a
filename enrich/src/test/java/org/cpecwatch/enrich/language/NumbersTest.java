package org.cpecwatch.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void shouldReadDigitsAndSpelledNumbers() {
        assertEquals(Optional.of(3), Numbers.value("3"));
        assertEquals(Optional.of(1200), Numbers.value("1,200"));
        assertEquals(Optional.of(2), Numbers.value("Two"));
        assertEquals(Optional.of(17), Numbers.value("seventeen"));
        assertEquals(Optional.of(23), Numbers.value("twenty-three"));
        assertEquals(Optional.of(40), Numbers.value("forty"));
        assertEquals(Optional.of(1), Numbers.value("a"));
    }

    @Test
    void shouldReadVagueSizesTheAcledWay() {
        assertEquals(Optional.of(12), Numbers.value("a dozen"));
        assertEquals(Optional.of(12), Numbers.value("dozens"));
        assertEquals(Optional.of(10), Numbers.value("tens"));
        assertEquals(Optional.of(100), Numbers.value("hundreds"));
        assertEquals(Optional.empty(), Numbers.value("several"));
        assertEquals(Optional.empty(), Numbers.value("many"));
    }

    @Test
    void shouldReadABoundAsTheNumberItStates() {
        assertEquals(Optional.of(26), Numbers.value("at least 26"));
        assertEquals(Optional.of(40), Numbers.value("more than forty"));
    }

    @Test
    void shouldMatchWholeWordsOnlyTheLongestFormFirst() {
        Pattern number = Pattern.compile(Numbers.PATTERN, Pattern.CASE_INSENSITIVE);
        assertEquals("twenty-three", find(number, "killed twenty-three people"));
        assertEquals("seventeen", find(number, "seventeen were hurt"));
        assertEquals("a dozen", find(number, "a dozen were hurt"));
        assertEquals("at least 26", find(number, "killed at least 26"));
        assertTrue(number.matcher("at last").results().findAny().isEmpty());
        assertTrue(number.matcher("the November 2024 attack").results().findAny().isEmpty());
        assertEquals("3000", find(number, "3000 were displaced"));
    }

    private static String find(Pattern p, String text) {
        return p.matcher(text).results().findFirst().orElseThrow().group();
    }
}
