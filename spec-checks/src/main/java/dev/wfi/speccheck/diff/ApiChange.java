package dev.wfi.speccheck.diff;

/**
 * One difference between two versions of a spec: the rule that saw it, its impact, where (a JSON pointer into the new
 * spec, or into the old one for something removed, with its line there) and what changed.
 */
public record ApiChange(String ruleId, Impact impact, String location, int line, String message) {
}
