package org.cpecwatch.sink;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cpecwatch.sink.db.Database;
import org.cpecwatch.testkit.PostgresTestServer;

class PostgresSinkServiceIT extends SinkServiceContract {

    private static final Pattern HOST_PORT = Pattern.compile("//([^:/]+):(\\d+)/");

    @Override
    protected Database newDatabase() {
        return Database.of(PostgresTestServer.newDatabase());
    }

    /** For a server, "down" means the network path to it breaks: open connections die, new ones are refused. */
    @Override
    protected Outage newOutage() throws Exception {
        String url = PostgresTestServer.newDatabase();
        Matcher m = HOST_PORT.matcher(url);
        if (!m.find()) {
            throw new IllegalStateException("no host:port in " + url);
        }
        TcpProxy proxy = new TcpProxy(m.group(1), Integer.parseInt(m.group(2)));
        Database proxied = Database.of(m.replaceFirst("//127.0.0.1:" + proxy.port() + "/"));
        return new Outage() {
            @Override
            public Database database() {
                return proxied;
            }

            @Override
            public void begin() throws Exception {
                proxy.cut();
            }

            @Override
            public void end() throws Exception {
                proxy.restore();
            }

            @Override
            public void close() throws Exception {
                proxy.close();
            }
        };
    }
}
