package org.cpecwatch.enrich.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class NationalitiesTest {

    @Test
    void shouldNameTheNationalityOfAnAdjectiveOrItsPlural() {
        assertEquals(Optional.of("Chinese"), Nationalities.of("Chinese"));
        assertEquals(Optional.of("Pakistani"), Nationalities.of("Pakistanis"));
        assertEquals(Optional.of("Afghan"), Nationalities.of("afghans"));
        assertEquals(Optional.empty(), Nationalities.of("engineers"));
    }

    @Test
    void shouldFindTheFirstNationalityAmongWords() {
        assertEquals(Optional.of("Chinese"), Nationalities.in("two Chinese engineers"));
        assertEquals(Optional.of("Pakistani"), Nationalities.in("their local driver"));
        assertEquals(Optional.empty(), Nationalities.in("three policemen"));
    }
}
