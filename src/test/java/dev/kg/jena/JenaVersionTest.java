package dev.kg.jena;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The seam was checked against one Jena version; another fails here, pointing at the seam. */
class JenaVersionTest {

    @Test
    void theJenaOnTheClassPathIsTheOneTheSeamWasCheckedAgainst() {
        CheckedJena.recheck().ifPresent(message -> fail(message));
    }

    @Test
    void anotherJenaIsToldToRecheckEachUseOfTheSeam() {
        assertEquals(Optional.of("Jena is now 6.3.0; the seam in dev.kg.jena was checked against 6.2.0:"
                + " re-check each use listed there"), CheckedJena.recheck("6.3.0"));
        assertEquals(Optional.empty(), CheckedJena.recheck("6.2.0"));
    }
}
