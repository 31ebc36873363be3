package dev.kg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FactDateTest {
    private static final FactDate PUBLISHED = new FactDate("2025-06-12", FactDate.Precision.DAY);

    @Test
    void absoluteDatesKeepTheirPrecisionAndNoWording() {
        assertEquals(Optional.of(new FactDate("2025", FactDate.Precision.YEAR)), FactDate.parse("2025"));
        assertEquals(Optional.of(new FactDate("2025-06", FactDate.Precision.MONTH)), FactDate.parse(" 2025-06 "));
        assertEquals(Optional.of(new FactDate("2025-06-12", FactDate.Precision.DAY)), FactDate.parse("2025-06-12"));
        assertEquals("2025-06-01T00:00:00", FactDate.parse("2025-06").orElseThrow().firstInstant());
    }

    @Test
    void aHedgeIsKeptWithTheCuratorsWording() {
        assertEquals(Optional.of(new FactDate("2025", FactDate.Precision.YEAR, FactDate.Hedge.EARLY, "early 2025")),
                FactDate.parse("early 2025"));
        assertEquals(Optional.of(new FactDate("2024-09", FactDate.Precision.MONTH, FactDate.Hedge.ABOUT, "About September 2024")),
                FactDate.parse("About September 2024"));
    }

    @Test
    void relativeDatesResolveFromThePublicationDate() {
        assertEquals(new FactDate("2025", FactDate.Precision.YEAR, FactDate.Hedge.EARLY, "early this year"),
                FactDate.parse("early this year", PUBLISHED).orElseThrow());
        assertEquals(new FactDate("2024", FactDate.Precision.YEAR, null, "last year"), FactDate.parse("last year", PUBLISHED).orElseThrow());
        assertEquals(new FactDate("2026", FactDate.Precision.YEAR, FactDate.Hedge.LATE, "late next year"),
                FactDate.parse("late next year", PUBLISHED).orElseThrow());
        assertEquals(new FactDate("2025-01", FactDate.Precision.MONTH, null, "january"), FactDate.parse("january", PUBLISHED).orElseThrow());
        assertEquals(new FactDate("2024-09", FactDate.Precision.MONTH, FactDate.Hedge.MID, "mid sep last year"),
                FactDate.parse("mid sep last year", PUBLISHED).orElseThrow());
    }

    @Test
    void relativeDatesNeedThePublicationDateAndNonsenseIsRefused() {
        assertTrue(FactDate.isRelative("early this year"));
        assertTrue(FactDate.isRelative("september"));
        assertFalse(FactDate.isRelative("september 2024"));
        assertEquals(Optional.empty(), FactDate.parse("this year"));
        assertEquals(Optional.empty(), FactDate.parse("this year", null));
        assertEquals(Optional.empty(), FactDate.parse("2025-13"));
        assertEquals(Optional.empty(), FactDate.parse("september 2025-06"));
        assertEquals(Optional.empty(), FactDate.parse("soon"));
        assertEquals(Optional.empty(), FactDate.parse("early", PUBLISHED));
    }
}
