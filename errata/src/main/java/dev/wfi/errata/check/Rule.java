package dev.wfi.errata.check;

import dev.wfi.errata.Kind;

/**
 * One check with a stable id. Rules are data: the engine walks {@link Rules#all()} and each rule looks
 * at one page (and, for cross-page rules, the rest of the corpus through the context).
 */
public interface Rule {

    String id();

    Kind kind();

    void check(PageContext page, Findings findings);
}
