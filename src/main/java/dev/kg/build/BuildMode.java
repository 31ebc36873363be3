package dev.kg.build;

/**
 * How a build went about it: the whole graph written anew (and why, when the store held a graph), only the
 * articles that changed since the last build, or nothing at all because nothing did.
 *
 * @param reason  why a full build, when the store held a graph (null otherwise)
 * @param changed mapping files changed (or whose article changed) since the last build
 * @param added   mapping files new since the last build
 * @param removed mapping files gone since the last build
 */
public record BuildMode(Kind kind, String reason, int changed, int added, int removed) {
    public enum Kind { FULL, INCREMENTAL, UNCHANGED }

    static BuildMode full(String reason) {
        return new BuildMode(Kind.FULL, reason, 0, 0, 0);
    }
}
