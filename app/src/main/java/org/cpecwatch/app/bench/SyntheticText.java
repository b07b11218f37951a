package org.cpecwatch.app.bench;

import java.util.Random;

/** About 5 KB of varied prose in the corpus's words, so compression and text indexing cost what real articles cost. */
public final class SyntheticText {

    private static final String[] WORDS = ("security chinese engineers workers nationals convoy attack blast suicide "
            + "bomber police officials province district karachi gwadar quetta balochistan sindh punjab islamabad dasu "
            + "besham kohistan project corridor cpec port highway power plant dam tunnel investment loan trade minister "
            + "embassy ambassador condemned claimed responsibility militants group liberation army killed injured "
            + "hospital investigation arrested suspects court hearing threat extortion kidnapped protection force "
            + "special unit division checkpoint patrol deployed measures meeting agreed cooperation safety personnel "
            + "institutions diplomatic pressure foreign office spokesperson statement reported according sources said "
            + "on the in of and to a was were for with by at from after before during against near between").split(" ");

    private SyntheticText() {
    }

    public static String of(Random random) {
        StringBuilder text = new StringBuilder(5200);
        while (text.length() < 5000) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
        }
        return text.toString();
    }
}
