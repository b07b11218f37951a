package org.cpecwatch.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.cpecwatch.enrich.text.TextCleaner;
import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.testkit.Seeds;
import org.junit.jupiter.api.Test;

class NameFinderTest {

    private final EntityFinder gazetteer = new EntityFinder(Gazetteer.shipped());
    private final NameFinder names = new NameFinder();

    @Test
    void shouldFindPeopleByTitlesAndBylinesAndOrganisationsByTheirHeadNoun() {
        assertEquals(Map.of("Ahmad Javed Qazi", NameFinder.PERSON), found("002_70bec7e4b0fc20fc.txt"));
        assertEquals(Map.of("Hamza Ameer", NameFinder.PERSON, "Shanghai Cooperation Organization", NameFinder.ORGANISATION),
                found("003_7037a2b106165164.txt"));
        assertEquals(Map.of("Foreign Ministry", NameFinder.ORGANISATION), found("004_0b8a27b43ef0be80.txt"));
    }

    @Test
    void shouldLeaveCountriesTitlesAndGazetteerNamesAlone() {
        String text = "Prime Minister Shehbaz Sharif met officials from New Zealand and Saudi Arabia. "
                + "Senator Mushahid Hussain said the Planning Commission agreed.";

        List<Entity> found = names.find(text, gazetteer.find(text));

        assertEquals(List.of("Mushahid Hussain", "Planning Commission"), found.stream().map(Entity::getName).toList());
    }

    private Map<String, String> found(String seed) {
        // As the enricher does: names are looked for in the cleaned text.
        String text = TextCleaner.clean(Seeds.text(seed)).text();
        Map<String, String> byName = new java.util.HashMap<>();
        names.find(text, gazetteer.find(text)).forEach(e -> byName.put(e.getName(), e.getType()));
        return byName;
    }
}
