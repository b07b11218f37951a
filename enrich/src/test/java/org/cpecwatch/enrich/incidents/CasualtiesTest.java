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
    void shouldSumVictimsOfSeveralNationalitiesIntoTheTotalTheTextStates() {
        Count count = only("the blast killed two Chinese and a Pakistani");
        assertEquals(Optional.of(3), count.total());
        assertEquals(Map.of("Chinese", 2, "Pakistani", 1), count.byNationality());
        assertEquals(Optional.of(4), only("killing three Chinese nationals and their local driver").total());
        assertEquals(Optional.of(3),
                only("which claimed the lives of two Chinese nationals and one Pakistani citizen").total());
    }

    @Test
    void shouldNotTakeAnotherHarmForMoreVictims() {
        List<Count> counts = Casualties.in("killing two Chinese and injuring three others");
        assertEquals(Optional.of(2), counts.get(0).total());
        assertEquals(Optional.of(3), counts.get(1).total());
    }

    @Test
    void shouldLeaveTheTotalUnknownWhenAPartHasNoNumber() {
        Count count = only("killing two Chinese engineers and their guards");
        assertEquals(Optional.empty(), count.total());
        assertEquals(Map.of("Chinese", 2), count.byNationality());
    }

    @Test
    void shouldCountOneForASingularVictimWithoutANumberAndNoneForAPlural() {
        assertEquals(Optional.of(3), only("killing two Chinese and a Pakistani").total());
        assertEquals(Optional.empty(), only("killing two Chinese and Pakistanis").total());
        assertEquals(Optional.empty(), only("killing two Chinese and local people").total());
    }

    @Test
    void shouldReadTheLossOfNamedVictimsAsDeaths() {
        assertEquals(Optional.of(2), only("the tragic loss of two Chinese workers in the Karachi incident").total());
        assertEquals(Map.of("Chinese", 2), only("sorrow over the loss of two Chinese lives").byNationality());
    }

    @Test
    void shouldReadVictimsDescribedBeforeTheirHarm() {
        assertEquals(Optional.of(2), only("the two deceased Chinese engineers, killed in an explosion").total());
        assertEquals(Optional.of(3), only("three Chinese teachers who were killed in a suicide blast").total());
    }

    @Test
    void shouldNotTakeTheNationalityOfAPlaceForTheVictims() {
        Count count = only("Blast kills 7 at Chinese restaurant in Kabul");
        assertEquals(Optional.of(7), count.total());
        assertEquals(Map.of(), count.byNationality());
    }

    @Test
    void shouldNotTakeAYearForACount() {
        assertEquals(List.of(), Casualties.in("the mastermind behind the November 2024 attack on Chinese engineers, "
                + "were killed"));
    }

    @Test
    void shouldReadABoundAsTheNumberItStates() {
        assertEquals(Optional.of(26), only("a suicide bombing that killed at least 26 people").total());
        assertEquals(Optional.of(40), only("more than 40 were injured").total());
    }


    private static Count only(String sentence) {
        List<Count> counts = Casualties.in(sentence);
        assertEquals(1, counts.size(), () -> sentence + ": " + counts);
        return counts.get(0);
    }
}
