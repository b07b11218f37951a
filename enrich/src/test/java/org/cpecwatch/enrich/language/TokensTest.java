package org.cpecwatch.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.cpecwatch.enrich.language.Tokens.Token;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void shouldGiveEachWordItsOffsetsLowerCaseAndStem() {
        String text = "Gunmen KILLED two; attacks continued.";
        assertEquals(List.of(new Token(0, 6, "gunmen", "gunmen"), new Token(7, 13, "killed", "kill"),
                new Token(14, 17, "two", "two"), new Token(19, 26, "attacks", "attack"),
                new Token(27, 36, "continued", "continu")), Tokens.of(text));
    }

    @Test
    void shouldReadOnlyTheWordsOfTheRangeGivenWithOffsetsIntoTheWholeText() {
        List<Token> tokens = Tokens.of("Blast. Two were injured.", 7, 24);
        assertEquals(List.of("two", "were", "injured"), tokens.stream().map(Token::lower).toList());
        assertEquals(7, tokens.get(0).start());
        assertEquals("injur", tokens.get(2).stem());
    }

    @Test
    void shouldLeaveOutAPossessiveButKeepAnApostropheInsideAWord() {
        assertEquals(new Token(0, 8, "pakistan", "pakistan"), Tokens.of("Pakistan’s army").get(0));
        assertEquals("don't", Tokens.of("they don't").get(1).lower());
    }

    @Test
    void shouldTellPluralsFromWordsThatOnlyEndInS() {
        assertTrue(Tokens.isPlural("attacks"));
        assertTrue(Tokens.isPlural("Bombings"));
        assertFalse(Tokens.isPlural("gunmen"));
        assertFalse(Tokens.isPlural("press"));
        assertFalse(Tokens.isPlural("Chinese"));
        assertFalse(Tokens.isPlural("attack"));
    }
}
