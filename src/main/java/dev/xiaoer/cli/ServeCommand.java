package dev.xiaoer.cli;

import dev.xiaoer.channel.ChannelState;
import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.knowledge.Problem;
import dev.xiaoer.reload.KnowledgeReloader;
import dev.xiaoer.reload.KnowledgeSync;
import dev.xiaoer.reload.KnowledgeWatcher;
import dev.xiaoer.reload.ReloadAttempt;
import dev.xiaoer.server.AccessTokens;
import dev.xiaoer.server.Backoffice;
import dev.xiaoer.server.Limits;
import dev.xiaoer.server.MessageRate;
import dev.xiaoer.server.Metrics;
import dev.xiaoer.server.ServerConfig;
import dev.xiaoer.server.Telemetry;
import dev.xiaoer.server.XiaoerServer;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.DataDirectoryInUse;
import dev.xiaoer.store.SqliteConversationStore;
import dev.xiaoer.store.StoreException;
import dev.xiaoer.store.pg.PgConversationStore;
import dev.xiaoer.text.ScriptConverter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the webhook service. Listens at once ({@code /healthz} answers, {@code /readyz} says
 * 503), loads the knowledge, then answers messages; stops gracefully on SIGTERM.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        defaultValueProvider = EnvDefaults.class,
        header = "Runs the webhook service: messages, health, readiness and metrics, staff and admin endpoints.",
        description = {"Runs the webhook service: POST /v1/messages, GET /healthz, /readyz, /metrics;",
                "with --staff-token the staff endpoints (/v1/suggest, /v1/handoffs, /v1/conversations/{id}),",
                "with --admin-token the admin ones (/admin/reload, /admin/knowledge, /admin/unanswered, /admin/outbox).",
                "IM channels at /channels/dingtalk, /channels/wecom, /channels/feishu, each on once its secrets are set.",
                "Edits under --knowledge are picked up without a restart (invalid knowledge is refused, the old keeps serving).",
                "Every flag also reads XIAOER_<FLAG> from the environment (--session-ttl: XIAOER_SESSION_TTL); the flag wins."})
public final class ServeCommand implements Callable<Integer> {
    private static final Logger log = LoggerFactory.getLogger(ServeCommand.class);

    @Spec
    CommandSpec spec;

    @Option(names = "--host", defaultValue = "0.0.0.0", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String host;

    @Option(names = "--port", defaultValue = "8080", description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--knowledge", paramLabel = "DIR",
            description = "Knowledge directory (default: ./knowledge when present, else the bundled copy).")
    Path knowledge;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Where conversations are stored; created when missing (default: ./${DEFAULT-VALUE}).")
    Path data;

    @Option(names = "--store", paramLabel = "URL",
            description = "A PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db?user=…&password=…): the store shared by "
                    + "several nodes; without it the embedded SQLite store in --data. Prefer XIAOER_STORE for a password.")
    String storeUrl;

    @Option(names = "--session-ttl", defaultValue = "30m", converter = Durations.Converter.class,
            description = "A conversation silent this long starts afresh (default: ${DEFAULT-VALUE}).")
    Duration sessionTtl;

    @Option(names = "--workers", defaultValue = "0",
            description = "Threads answering messages; 0 means two per core, at least 4 (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--queue", defaultValue = "1000",
            description = "Messages that may wait for a worker before the service answers 503 (default: ${DEFAULT-VALUE}).")
    int queue;

    @Option(names = "--request-timeout", defaultValue = "10s", converter = Durations.Converter.class,
            description = "Longest a request may take to arrive whole; then 408 (default: ${DEFAULT-VALUE}).")
    Duration requestTimeout;

    @Option(names = "--idle-timeout", defaultValue = "60s", converter = Durations.Converter.class,
            description = "Idle keep-alive connections are closed after this (default: ${DEFAULT-VALUE}).")
    Duration idleTimeout;

    @Option(names = "--max-connections", defaultValue = "0",
            description = "Open connections at most; beyond it a new one gets 503 and is closed. 0 sizes it from the "
                    + "open-file limit, less a tenth (at least 128) kept for the store and logs (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--first-byte-timeout", defaultValue = "5s", converter = Durations.Converter.class,
            description = "A new connection that sends nothing for this long is closed (default: ${DEFAULT-VALUE}).")
    Duration firstByteTimeout;

    @Option(names = "--message-rate", defaultValue = "60/min", paramLabel = "N/PERIOD",
            description = "Messages one conversation may send on POST /v1/messages: a burst of N, then N per period "
                    + "evenly (30/min, 5/s, 600/h; off for none); beyond it 429 with Retry-After (default: ${DEFAULT-VALUE}).")
    String messageRate;

    @Option(names = "--shutdown-timeout", defaultValue = "20s", converter = Durations.Converter.class,
            description = "On SIGTERM, how long to wait for messages in flight (default: ${DEFAULT-VALUE}).")
    Duration shutdownTimeout;

    @Option(names = "--store-check", defaultValue = "true", fallbackValue = "true", arity = "0..1",
            description = "Check the store's file with SQLite's quick_check in the background at start; damage makes "
                    + "/readyz answer 503 store_check_failed (default: ${DEFAULT-VALUE}).")
    boolean storeCheck;

    @Option(names = "--log-text", defaultValue = "false", fallbackValue = "true", arity = "0..1",
            description = "Log the sellers' text in the per-message log line (default: ${DEFAULT-VALUE}).")
    boolean logText;

    @Option(names = "--staff-token", paramLabel = "TOKEN",
            description = "Bearer token for the staff endpoints; without it they answer 403. Prefer XIAOER_STAFF_TOKEN.")
    String staffToken;

    @Option(names = "--admin-token", paramLabel = "TOKEN",
            description = "Bearer token for the admin endpoints; without it they answer 403. Prefer XIAOER_ADMIN_TOKEN.")
    String adminToken;

    @Option(names = "--eval-cases", paramLabel = "FILE", defaultValue = "eval/cases.yaml",
            description = "Labelled cases the editors' page measures the loaded knowledge on, when the file exists "
                    + "(default: ${DEFAULT-VALUE}).")
    Path evalCases;

    @Option(names = "--watch", defaultValue = "true", fallbackValue = "true", arity = "0..1",
            description = "Reload the knowledge when files under --knowledge change (the bundled copy is never watched; default: ${DEFAULT-VALUE}).")
    boolean watch;

    @Mixin
    ChannelOptions channelOptions = new ChannelOptions();

    @Option(names = "--watch-debounce", defaultValue = "500ms", converter = Durations.Converter.class,
            description = "Reload once edits have been quiet this long (default: ${DEFAULT-VALUE}).")
    Duration watchDebounce;

    private final DialogueFactory dialogues;

    /** @param dialogues builds the dialogue from the loaded knowledge (at start-up and on reload) */
    public ServeCommand(DialogueFactory dialogues) {
        this.dialogues = dialogues;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || workers < 0 || queue < 0 || maxConnections < 0 || sessionTtl.isZero()
                || firstByteTimeout.isZero()) {
            err.println("serve: --port must be 0-65535, --workers, --queue and --max-connections at least 0, "
                    + "--session-ttl and --first-byte-timeout above 0");
            return 2;
        }
        // Two per core: a worker waits while it reads a conversation the store has not cached, and
        // under load two per core answered faster than one (docs/benchmarks.md, run I).
        int threads = workers > 0 ? workers : Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        AccessTokens tokens = new AccessTokens(staffToken, adminToken);
        if (tokens.sameForBoth()) {
            log.warn("the staff and admin tokens are the same: whoever has the staff token can also reload "
                    + "knowledge and read the admin reports; give each side its own token");
        }
        // the directory read (and watched): --knowledge, else ./knowledge when present; null means the bundled copy
        Path dir = knowledge != null ? knowledge : Files.isDirectory(Path.of("knowledge")) ? Path.of("knowledge") : null;
        // dictionaries, knowledge and its dialogue are read and built on other threads while the store
        // opens and the server starts: ready in the longer of the two, not their sum (docs/benchmarks.md)
        dialogues.prepare();
        StartupKnowledge startup = StartupKnowledge.start(() -> KnowledgeLoader.loadDefault(dir), dialogues, sessionTtl);
        Metrics metrics = new Metrics();
        // a read connection per worker: a worker never waits for another's read
        ConversationStore store;
        if (storeUrl != null && !storeUrl.isBlank() && !storeUrl.startsWith("jdbc:postgresql:")) {
            err.println("serve: --store takes a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), not " + storeUrl);
            return 2;
        }
        try {
            // a connection per worker, and a few for the outbox, staff and probes
            store = storeUrl != null && !storeUrl.isBlank() ? PgConversationStore.open(storeUrl, threads + 4, 15_000)
                    : SqliteConversationStore.open(data, threads, storeCheck);
        } catch (DataDirectoryInUse e) {
            // another serve holds the directory: a usage error (exit 2), as issue 17 asks
            err.println("serve: " + e.getMessage());
            return 2;
        } catch (IllegalStateException | UncheckedIOException | StoreException e) {
            // a refusal an operator acts on (it cannot be written, a newer schema): one line, not a stack trace
            err.println("serve: " + oneLine(e.getMessage()));
            return 1;
        }
        Conversations service = new Conversations(store, new Conversations.Settings(threads, queue),
                new Telemetry(metrics, logText), Clock.systemUTC());
        MessageRate rate;
        try {
            rate = MessageRate.parse(messageRate);
        } catch (IllegalArgumentException e) {
            err.println("serve: --message-rate: " + e.getMessage());
            return 2;
        }
        Limits limits = Limits.defaults().withFirstByteTimeout(firstByteTimeout).withMessageRate(rate);
        if (maxConnections > 0) {
            limits = limits.withMaxConnections(maxConnections);
        }
        ServerConfig config = new ServerConfig(host, port, requestTimeout, idleTimeout, shutdownTimeout, limits);
        KnowledgeReloader reloader = new KnowledgeReloader(dir == null ? "bundled:knowledge" : dir.toString(),
                startup::load, kb -> service.swap(startup.dialogue(kb)), watch && dir != null, Clock.systemUTC());
        metrics.reloads(reloader::reloads, reloader::unchanged, reloader::failures);
        KnowledgeSync sync = store instanceof PgConversationStore pg ? KnowledgeSync.start(pg::knowledgeGeneration,
                pg::raiseKnowledgeGeneration, reloader, Duration.ofSeconds(1)) : null;
        AtomicReference<KnowledgeWatcher> watcher = new AtomicReference<>();
        ScriptConverter script = new ScriptConverter();
        ChannelOptions.Built channels;
        try {
            channels = channelOptions.build(service, store, Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            err.println("serve: " + e.getMessage());
            service.close(Duration.ZERO);
            store.close();
            return 2;
        }
        Backoffice office = Backoffice.of(tokens, service, store, reloader, script::toSimplified, Clock.systemUTC(),
                channels.staffReplies(), channels.outbox()::wake, evalCases);
        XiaoerServer server = new XiaoerServer(config, service, metrics, office, channels.integrations());
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable shutdown = () -> {
            log.info("shutting down: finishing messages in flight");
            if (sync != null) {
                sync.close();
            }
            KnowledgeWatcher w = watcher.get();
            if (w != null) {
                w.close();
            }
            server.stop(shutdownTimeout);
            service.close(shutdownTimeout);
            channels.outbox().close(Duration.ofSeconds(5));
            store.close();
            log.info("shut down cleanly");
            stopped.countDown();
        };
        Thread hook = new Thread(shutdown, "xiaoer-shutdown");
        try {
            server.start();
            Runtime.getRuntime().addShutdownHook(hook);
        } catch (Exception e) {
            err.println("serve: cannot listen on " + host + ":" + port + ": " + e.getMessage());
            service.close(Duration.ZERO);
            store.close();
            return 1;
        }
        channels.outbox().start(); // what an earlier run left pending goes out now
        for (ChannelState c : channels.integrations().states()) {
            log.info("channel {}", c);
        }
        ReloadAttempt loaded = reloader.reload("startup");
        if (!loaded.ok()) {
            err.println("serve: the knowledge in " + reloader.status().location() + " has problems:");
            for (Problem p : loaded.problems()) {
                err.println(p);
            }
            err.flush();
            Runtime.getRuntime().removeShutdownHook(hook);
            shutdown.run();
            return 1;
        }
        Engines.warmUpScript(); // off the path to ready: the first Traditional message needs OpenCC
        KnowledgeBase kb = service.dialogue().orElseThrow().knowledge();
        if (watch && dir != null) {
            try {
                watcher.set(reloader.watch(dir, watchDebounce));
            } catch (IOException e) {
                log.warn("cannot watch {} for edits ({}); POST /admin/reload still reloads", dir, e.toString());
            }
        }
        log.info("ready: knowledge {} from {} ({} FAQ entries, {} flows), store {}, {} workers, watching edits: {}, "
                        + "at most {} connections, {} messages per conversation, {}",
                kb.version(), reloader.status().location(), kb.faqs().size(), kb.flows().size(),
                store instanceof PgConversationStore pg ? "PostgreSQL as node " + pg.node() : data.toAbsolutePath(),
                threads, watcher.get() != null, limits.maxConnections(), rate, tokens);
        stopped.await();
        return 0;
    }

    /** A message for one line of the terminal: line breaks (SQLite's messages have some) become spaces. */
    static String oneLine(String message) {
        return message == null ? "unknown error" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
