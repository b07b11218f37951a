package org.cpecwatch.enrich.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;

class TextCleanerTest {

    @Test
    void shouldRemoveLinkSpamAndTeaserListsButKeepTheStory() {
        String page = Seeds.text("004_0b8a27b43ef0be80.txt");

        CleanText clean = TextCleaner.clean(page);

        assertEquals(1, clean.removed().get(TextCleaner.SPAM));
        assertEquals(2, clean.removed().get(TextCleaner.TEASER_BLOCK));
        assertFalse(clean.text().contains("symbaloo"), "link-farm line gone");
        assertFalse(clean.text().contains("Genocide is the only option"), "teaser headline gone");
        assertFalse(clean.text().contains("Baloch Martyrs"), "trailing headline list gone");
        assertTrue(clean.text().startsWith("China Pushes for Its Security Personnel in Pakistan After BLA Attack"));
        assertTrue(clean.text().contains("could severely strain relations between the two allies."), "the story stays");
    }

    @Test
    void shouldRemoveReadingTimeAndInlineTeasers() {
        CleanText clean = TextCleaner.clean(Seeds.text("003_7037a2b106165164.txt"));

        assertEquals(1, clean.removed().get(TextCleaner.BYLINE));
        assertEquals(2, clean.removed().get(TextCleaner.INLINE_TEASER));
        assertFalse(clean.text().contains("2 mins read"));
        assertFalse(clean.text().contains("ALSO READ"));
        assertFalse(clean.text().contains("IMF mulls"));
    }

    @Test
    void shouldKeepSubheadingsFollowedByParagraphs() {
        String text = "Headline of the story here\n\nFirst paragraph says something long enough to be a paragraph.\n\n"
                + "CONCERNS RAISED\n\nChina's president expressed concern about the safety of its citizens in Pakistan.\n\n"
                + "Last paragraph closes the story.";

        CleanText clean = TextCleaner.clean(text);

        assertEquals(text, clean.text());
        assertEquals(Map.of(), clean.removed());
    }

    @Test
    void shouldKeepAParagraphThatOnlyStartsLikeAByline() {
        String text = "Police reach the site late\n\nBy the time police arrived\n\nThe attackers had fled towards the hills.";

        assertEquals(text, TextCleaner.clean(text).text());
    }

    @Test
    void shouldNotMistakeALongUnpunctuatedStoryForATeaserList() {
        StringBuilder story = new StringBuilder("خبریں\n");
        for (int i = 0; i < 200; i++) {
            story.append("یہ کہانی کی ایک لمبی سطر ہے جس میں بہت سے الفاظ ہیں نمبر ").append(i).append('\n');
        }

        CleanText clean = TextCleaner.clean(story.toString());

        assertTrue(clean.text().length() > story.length() * 0.8, "at most one short teaser run may go: " + clean.removed());
    }

    @Test
    void shouldDropAScrapersCountryCodeAndTrailingCommentsLink() {
        String text = "A headline about the budget\n\nUS\n\nThe budget was passed on Friday after a long debate.\n\n"
                + "It raises taxes on salaried people.\n\nCOMMENTS";

        CleanText clean = TextCleaner.clean(text);

        assertEquals("A headline about the budget\n\nThe budget was passed on Friday after a long debate.\n\n"
                + "It raises taxes on salaried people.", clean.text());
        assertEquals(Map.of(TextCleaner.STRAY_EDGE, 2), clean.removed());
    }
}
