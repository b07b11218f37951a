package org.cpecwatch.enrich.relevance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.cpecwatch.schemas.avro.Reason;
import org.cpecwatch.schemas.avro.Relevance;
import org.cpecwatch.schemas.avro.RelevanceLabel;
import org.cpecwatch.schemas.avro.Span;

/**
 * Scores how much an article is about the security of Chinese nationals, projects or institutions in Pakistan.
 * Every point of the score comes with a reason that quotes its evidence, so an analyst can check it.
 */
public final class RelevanceTagger {

    static final double RELEVANT_AT = 0.6;
    static final double POSSIBLY_RELEVANT_AT = 0.3;

    private final List<Rule> rules = FoundationRules.rules();

    public String rulesetVersion() {
        return FoundationRules.VERSION;
    }

    public Relevance tag(String text) {
        List<Reason> reasons = new ArrayList<>();
        double score = 0;
        for (Rule rule : rules) {
            List<Span> evidence = rule.evidenceIn(text);
            if (!evidence.isEmpty()) {
                reasons.add(new Reason(rule.name(), rule.description(), rule.weight(), evidence));
                score += rule.weight();
            }
        }
        score = Math.min(1.0, Math.round(score * 100) / 100.0);
        return new Relevance(score, label(score, reasons), rulesetVersion(), reasons);
    }

    /** A high score alone is not enough: the article must name Chinese people, Pakistan, and harm or protection. */
    private static RelevanceLabel label(double score, List<Reason> reasons) {
        Set<String> fired = reasons.stream().map(Reason::getRule).collect(java.util.stream.Collectors.toSet());
        boolean chinese = fired.contains(FoundationRules.CHINESE_PEOPLE) || fired.contains(FoundationRules.CHINESE_NEAR_SECURITY);
        boolean inPakistan = fired.contains(FoundationRules.PAKISTAN_PLACE);
        boolean security = fired.contains(FoundationRules.VIOLENCE) || fired.contains(FoundationRules.PROTECTION);
        if (score >= RELEVANT_AT && chinese && inPakistan && security) {
            return RelevanceLabel.RELEVANT;
        }
        return score >= POSSIBLY_RELEVANT_AT ? RelevanceLabel.POSSIBLY_RELEVANT : RelevanceLabel.NOT_RELEVANT;
    }
}
