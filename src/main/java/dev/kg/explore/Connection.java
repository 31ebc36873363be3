package dev.kg.explore;

import java.util.List;

/** The shortest chain of relations between two entities, each step with the claims that state it. */
public record Connection(String from, String to, List<Step> steps) {
    public Connection {
        steps = List.copyOf(steps);
    }

    /**
     * One relation on the way. The walk may run against a relation's direction: {@code forward} is false
     * when the step goes from the relation's object to its subject.
     */
    public record Step(String subject, String relation, String object, boolean forward, List<StatedFact> claims) {
        public Step {
            claims = List.copyOf(claims);
        }
    }
}
