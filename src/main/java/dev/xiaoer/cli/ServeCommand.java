package dev.xiaoer.cli;

import dev.xiaoer.knowledge.KnowledgeBase;
import dev.xiaoer.knowledge.KnowledgeLoader;
import dev.xiaoer.knowledge.Problem;
import dev.xiaoer.server.DialogueFactory;
import dev.xiaoer.server.MessageService;
import dev.xiaoer.server.Metrics;
import dev.xiaoer.server.ServerConfig;
import dev.xiaoer.server.XiaoerServer;
import dev.xiaoer.store.ConversationStore;
import dev.xiaoer.store.SqliteConversationStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code serve}: the webhook service. Listens at once ({@code /healthz} answers, {@code /readyz} says
 * 503), loads the knowledge, then answers messages; stops gracefully on SIGTERM.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        defaultValueProvider = EnvDefaults.class,
        description = {"Runs the webhook service: POST /v1/messages, GET /healthz, /readyz, /metrics.",
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

    @Option(names = "--session-ttl", defaultValue = "30m", converter = Durations.Converter.class,
            description = "A conversation silent this long starts afresh (default: ${DEFAULT-VALUE}).")
    Duration sessionTtl;

    @Option(names = "--workers", defaultValue = "0",
            description = "Threads answering messages; 0 means one per core, at least 2 (default: ${DEFAULT-VALUE}).")
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

    @Option(names = "--shutdown-timeout", defaultValue = "20s", converter = Durations.Converter.class,
            description = "On SIGTERM, how long to wait for messages in flight (default: ${DEFAULT-VALUE}).")
    Duration shutdownTimeout;

    @Option(names = "--log-text", defaultValue = "false", fallbackValue = "true", arity = "0..1",
            description = "Log the sellers' text in the per-message log line (default: ${DEFAULT-VALUE}).")
    boolean logText;

    private final DialogueFactory dialogues;

    /** @param dialogues builds the dialogue from the loaded knowledge (at start-up and on reload) */
    public ServeCommand(DialogueFactory dialogues) {
        this.dialogues = dialogues;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535 || workers < 0 || queue < 0 || sessionTtl.isZero()) {
            err.println("serve: --port must be 0-65535, --workers and --queue at least 0, --session-ttl above 0");
            return 2;
        }
        int threads = workers > 0 ? workers : Math.max(2, Runtime.getRuntime().availableProcessors());
        Metrics metrics = new Metrics();
        ConversationStore store = SqliteConversationStore.open(data);
        MessageService service = new MessageService(store, metrics,
                new MessageService.Settings(threads, queue, logText), Clock.systemUTC());
        ServerConfig config = new ServerConfig(host, port, requestTimeout, idleTimeout, shutdownTimeout);
        XiaoerServer server = new XiaoerServer(config, service, metrics);
        CountDownLatch stopped = new CountDownLatch(1);
        Runnable shutdown = () -> {
            log.info("shutting down: finishing messages in flight");
            server.stop(shutdownTimeout);
            service.close(shutdownTimeout);
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
        KnowledgeLoader.Result loaded = KnowledgeLoader.loadDefault(knowledge);
        if (!loaded.ok()) {
            err.println("serve: the knowledge in " + loaded.location() + " has problems:");
            for (Problem p : loaded.problems()) {
                err.println(p);
            }
            err.flush();
            Runtime.getRuntime().removeShutdownHook(hook);
            shutdown.run();
            return 1;
        }
        KnowledgeBase kb = loaded.knowledge();
        service.swap(dialogues.create(kb, sessionTtl));
        log.info("ready: knowledge {} from {} ({} FAQ entries, {} flows), data in {}, {} workers",
                kb.version(), loaded.location(), kb.faqs().size(), kb.flows().size(), data.toAbsolutePath(), threads);
        stopped.await();
        return 0;
    }
}
