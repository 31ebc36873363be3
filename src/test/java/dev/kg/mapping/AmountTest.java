package dev.kg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmountTest {

    @Test
    void readsExactBoundedApproximateAndRangeAmounts() {
        assertEquals(Optional.of(new Amount(new BigDecimal("1E+10"), null, "USD", Bound.EXACT, "10 billion USD")),
                Amount.parse("10 billion USD"));
        assertEquals(Optional.of(new Amount(new BigDecimal("1.4E+10"), null, "USD", Bound.AT_LEAST, "over 14 billion USD")),
                Amount.parse("over  14 billion USD"));
        assertEquals(Optional.of(new Amount(new BigDecimal("1.38E+10"), null, "USD", Bound.EXACT, "13.8 billion USD")),
                Amount.parse("13.8 billion USD"));
        assertEquals(Optional.of(new Amount(new BigDecimal("2.9E+10"), null, "USD", Bound.APPROXIMATELY, "about 29 billion USD")),
                Amount.parse("about 29 billion USD"));
        assertEquals(Optional.of(new Amount(new BigDecimal("6.5E+10"), null, "USD", Bound.AT_MOST, "up to 65 billion USD")),
                Amount.parse("up to 65 billion USD"));
        assertEquals(Optional.of(new Amount(new BigDecimal("1.4E+10"), new BigDecimal("2.5E+10"), "USD", Bound.RANGE,
                "14-25 billion USD")), Amount.parse("14-25 billion USD"));
        assertEquals(Optional.of(new Amount(new BigDecimal("8.7E+8"), null, "EUR", Bound.EXACT, "870 million EUR")),
                Amount.parse("870 million EUR"));
    }

    @Test
    void rejectsWhatIsNotAnAmount() {
        for (String bad : new String[] {"10 billion", "10 miliardi USD", "-5 USD", "0 USD", "25-14 billion USD",
                "over 14-25 billion USD", "NaN USD", "1e400 USD", "ten USD", "10 billion usd"}) {
            assertEquals(Optional.empty(), Amount.parse(bad), bad);
        }
    }
}
