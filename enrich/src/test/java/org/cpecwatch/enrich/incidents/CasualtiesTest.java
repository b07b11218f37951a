package org.cpecwatch.enrich.incidents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cpecwatch.enrich.incidents.Casualties.Count;
import org.cpecwatch.enrich.incidents.Casualties.Harm;
import org.junit.jupiter.api.Test;

class CasualtiesTest {

    @Test
    void shouldReadKilledAndInjuredWithTheirNationality() {
        List<Count> counts = Casualties.in("The attack killed two Chinese engineers and injuring another.");

        assertEquals(Harm.KILLED, counts.get(0).harm());
        assertEquals(Optional.of(2), counts.get(0).total());
        assertEquals(Map.of("Chinese", 2), counts.get(0).byNationality());
        assertEquals(Harm.INJURED, counts.get(1).harm());
        assertEquals(Optional.of(1), counts.get(1).total());
    }

    @Test
    void shouldReadAPassiveCountWithAnIncludedShare() {
        Count count = Casualties.in("At least four people, including three Chinese nationals, were killed.").get(0);

        assertEquals(Harm.KILLED, count.harm());
        assertEquals(Optional.of(4), count.total());
        assertEquals(Map.of("Chinese", 3), count.byNationality());
    }

    @Test
    void shouldReadLivesLostAndWoundedAfterShooting() {
        assertEquals(Optional.of(2), Casualties.in("resulting in the loss of two lives").get(0).total());
        Count wounded = Casualties.in("two Chinese nationals were shot at and wounded by a guard").get(0);
        assertEquals(Harm.INJURED, wounded.harm());
        assertEquals(Map.of("Chinese", 2), wounded.byNationality());
    }

    @Test
    void shouldReadVagueSizesTheAcledWay() {
        assertEquals(Optional.of(12), CountWords.value("dozens"));
        assertEquals(Optional.of(10), CountWords.value("tens"));
        assertEquals(Optional.of(100), CountWords.value("hundreds"));
        assertEquals(Optional.empty(), CountWords.value("several"));
    }
}
