package org.cpecwatch.app.desk;

import java.net.InetSocketAddress;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.javalin.http.util.AsyncExecutor;

/**
 * The analyst's desk over HTTP: one page, its scripts and the map library, a read-only JSON API over the database
 * the pipeline fills, and a stream of what it stores next. Nothing here writes: every method but GET is refused, no
 * other origin may call it (no CORS headers at all), and a content security policy lets the page run only its own
 * scripts, so a title that carries markup stays text even if some code ever slipped.
 */
public final class DeskServer implements AutoCloseable {

    /** Only the page's own files run; article text can never become a script, a frame or a form target. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            + "form-action 'self'";
    private static final Set<HandlerType> READ = Set.of(HandlerType.GET, HandlerType.HEAD);

    private final Javalin app;
    private final LiveFeed live;
    private final ExecutorService async;

    private DeskServer(Javalin app, LiveFeed live, ExecutorService async) {
        this.app = app;
        this.live = live;
        this.async = async;
    }

    /** Serves the desk on the address given (port 0 picks one) until closed. */
    public static DeskServer start(InetSocketAddress address, DeskData data) {
        LiveFeed live = new LiveFeed(data);
        ExecutorService async = Executors.newCachedThreadPool(DeskServer::daemon);
        boolean loopback = address.getAddress() != null && address.getAddress().isLoopbackAddress();
        DeskApi api = new DeskApi(data);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = address.getHostString();
            config.jetty.port = address.getPort();
            // Server-sent events run on Javalin's async pool; daemon threads let the process end when it is stopped.
            config.concurrency.executor = kotlin.LazyKt.lazy(() -> new AsyncExecutor(async));
            config.staticFiles.add(files -> {
                files.hostedPath = "/desk";
                files.directory = "/desk";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> {
                ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Referrer-Policy", "no-referrer");
                ctx.header("X-Frame-Options", "DENY");
                if (ctx.path().startsWith("/api/")) {
                    ctx.header("Cache-Control", "no-store");
                }
                if (loopback && !LoopbackHost.isLoopback(ctx.host())) {
                    // A page of another site whose name was re-pointed at 127.0.0.1 (DNS rebinding) is
                    // same-origin to the browser; only the Host it sends gives it away.
                    ctx.status(HttpStatus.MISDIRECTED_REQUEST).result("this desk answers on 127.0.0.1 and localhost only");
                    ctx.skipRemainingHandlers();
                    return;
                }
                if (!READ.contains(ctx.method())) {
                    ctx.header("Allow", "GET, HEAD");
                    ctx.status(HttpStatus.METHOD_NOT_ALLOWED).result("read-only");
                    ctx.skipRemainingHandlers();
                }
            });
            config.routes.get("/", ctx -> ctx.redirect("/desk/index.html"));
            config.routes.get("/vendor/leaflet/<file>", VendorFiles.leaflet()::serve);
            api.register(config.routes);
            config.routes.sse("/api/live", live::join);
        });
        app.start();
        live.start();
        return new DeskServer(app, live, async);
    }

    public InetSocketAddress address() {
        return new InetSocketAddress(app.jettyServer().server().getURI().getHost(), app.port());
    }

    public String url() {
        String host = address().getHostString();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + app.port() + "/";
    }

    @Override
    public void close() {
        live.close();
        app.stop();
        async.shutdownNow();
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "cpecwatch-desk-async");
        thread.setDaemon(true);
        return thread;
    }
}
