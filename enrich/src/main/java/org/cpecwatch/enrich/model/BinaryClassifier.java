package org.cpecwatch.enrich.model;

/**
 * A logistic model with the probability at which it says yes, and the penalty it was fitted with.
 *
 * @param threshold the probability from which an example is positive, chosen for the best cross-validated F1
 * @param lambda    the L2 penalty chosen by cross-validation (kept for the record, not used for scoring)
 */
public record BinaryClassifier(LogisticModel model, double threshold, double lambda) {
}
