package org.cpecwatch.enrich.reload;

/** Hears whether an edited rule file was taken up, so the person who edited it can see the outcome. */
public interface ReloadListener {

    /** @param version the ruleset and model versions now in force, as stamped on articles */
    void rulesReloaded(String version);

    void rulesRejected(String reason);

    ReloadListener SILENT = new ReloadListener() {
        @Override
        public void rulesReloaded(String rulesetVersion) {
        }

        @Override
        public void rulesRejected(String reason) {
        }
    };
}
