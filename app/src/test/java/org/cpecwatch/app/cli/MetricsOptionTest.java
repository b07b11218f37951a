package org.cpecwatch.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

class MetricsOptionTest {

    @Test
    void shouldReadHostAndPort() {
        InetSocketAddress address = MetricsOption.address("127.0.0.1:9464");

        assertEquals("127.0.0.1", address.getAddress().getHostAddress());
        assertEquals(9464, address.getPort());
    }

    @Test
    void shouldReadABracketedIpv6Address() {
        assertEquals(0, MetricsOption.address("[::1]:0").getPort());
    }

    @Test
    void shouldBeOffWhenNotGiven() {
        assertNull(MetricsOption.address(null));
    }

    @Test
    void shouldRefuseAnAddressWithoutHostOrWithABadPort() {
        for (String bad : new String[] {"9464", ":9464", "127.0.0.1:http", "127.0.0.1:70000"}) {
            UserError error = assertThrows(UserError.class, () -> MetricsOption.address(bad), bad);
            assertEquals("--metrics wants HOST:PORT, such as 127.0.0.1:9464, not " + bad, error.getMessage());
        }
    }
}
