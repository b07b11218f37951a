package org.cpecwatch.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.cpecwatch.schemas.avro.Entity;
import org.cpecwatch.schemas.avro.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityFinderTest {

    private final EntityFinder finder = new EntityFinder(Gazetteer.shipped());

    @Test
    void shouldFindPlacesWithTheirProvinceAndCoordinates() {
        Entity karachi = only(finder.find("Two Chinese engineers were killed in Karachi."), "Karachi");

        assertEquals("CITY", karachi.getType());
        assertEquals(Map.of("province", "Sindh", "lat", "24.86", "lon", "67.01"), karachi.getAttributes());
    }

    @Test
    void shouldPreferTheLongestNameAndMergeAliases() {
        String text = "Work at Gwadar Port resumed. The BLA, or Balochistan Liberation Army, claimed the Gwadar attack.";

        List<Entity> entities = finder.find(text);

        assertEquals("PROJECT", only(entities, "Gwadar Port").getType());
        assertEquals("CITY", only(entities, "Gwadar").getType());
        Entity bla = only(entities, "Balochistan Liberation Army");
        assertEquals(List.of("BLA", "Balochistan Liberation Army"), bla.getMentions().stream().map(Span::getText).toList());
        for (Span span : bla.getMentions()) {
            assertEquals(span.getText(), text.substring(span.getStart(), span.getEnd()));
        }
    }

    @Test
    void shouldMatchWholeWordsAndAcronymsOnlyInCapitals() {
        assertTrue(finder.find("A hub of trade; the tip of the blade; Karachiwala.").isEmpty());
    }

    @Test
    void shouldLetAUserFileAddAndReplaceEntries(@TempDir Path dir) throws IOException {
        Path user = Files.writeString(dir.resolve("mine.csv"), "type,name,aliases,province,lat,lon\n"
                + "CITY,Karachi,Karachi City,Sindh,24.80,67.00\nPROJECT,Keti Bandar Port,,Sindh,24.14,67.45\n");

        EntityFinder custom = new EntityFinder(Gazetteer.shipped().withUserFile(user));
        List<Entity> found = custom.find("Keti Bandar Port near Karachi City");

        assertEquals("24.80", only(found, "Karachi").getAttributes().get("lat"));
        assertEquals("PROJECT", only(found, "Keti Bandar Port").getType());
    }

    @Test
    void shouldRefuseAMalformedUserFileWithTheLine(@TempDir Path dir) throws IOException {
        Path user = Files.writeString(dir.resolve("bad.csv"), "type,name,aliases,province,lat,lon\nCITY,Karachi\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gazetteer.shipped().withUserFile(user));
        assertTrue(e.getMessage().endsWith("line 2: expected type,name,aliases,province,lat,lon[,city], got: CITY,Karachi"),
                e.getMessage());
    }

    private static Entity only(List<Entity> entities, String name) {
        List<Entity> matching = entities.stream().filter(e -> e.getName().equals(name)).toList();
        assertEquals(1, matching.size(), name + " in " + entities);
        return matching.get(0);
    }
}
