package dev.xiaoer.server;

import dev.xiaoer.conversation.Conversations;
import dev.xiaoer.web.Pages;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The webhook service's HTTP/1.1 server (Netty), the HTTP adapter onto the {@link Conversations}
 * use case: {@code POST /v1/messages}, {@code GET /healthz}, {@code GET /readyz} and
 * {@code GET /metrics}, and the token-guarded staff and admin endpoints of the {@link Backoffice},
 * answered per {@code docs/openapi.yaml}.
 * {@link #stop} is graceful: it stops accepting, answers what is in flight, then closes.
 */
public final class XiaoerServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(XiaoerServer.class);

    private final ServerConfig config;
    private final Conversations service;
    private final Metrics metrics;
    private final Backoffice office;
    private final Integrations integrations;
    private final Traffic traffic;
    private final Pages pages = new Pages();
    private ExecutorService backofficeThreads;
    private EventLoopGroup boss;
    private EventLoopGroup workers;
    private ChannelGroup channels;
    private Channel listener;
    private boolean stopped;

    /** A server without the staff and admin side (those endpoints answer 403). */
    public XiaoerServer(ServerConfig config, Conversations service, Metrics metrics) {
        this(config, service, metrics, Backoffice.closed());
    }

    public XiaoerServer(ServerConfig config, Conversations service, Metrics metrics, Backoffice office) {
        this(config, service, metrics, office, Integrations.none());
    }

    /** With IM channels at {@code /channels/<name>}, signed webhook messages and the outbox's metrics. */
    public XiaoerServer(ServerConfig config, Conversations service, Metrics metrics, Backoffice office,
                        Integrations integrations) {
        this.integrations = integrations;
        this.config = config;
        this.service = service;
        this.metrics = metrics;
        this.office = office;
        this.traffic = new Traffic(config.limits().messageRate());
        metrics.inFlight(service::inFlight);
        metrics.storeHealth(service::storeHealth);
        metrics.knowledgeVersion(() -> service.dialogue().map(d -> d.knowledge().version()).orElse(null));
        metrics.integrations(integrations);
    }

    /** Binds and starts serving; returns the address it listens on. */
    public synchronized InetSocketAddress start() throws InterruptedException {
        if (listener != null) {
            throw new IllegalStateException("already started");
        }
        boss = new NioEventLoopGroup(1, new DefaultThreadFactory("xiaoer-accept", true));
        workers = new NioEventLoopGroup(0, new DefaultThreadFactory("xiaoer-io", true));
        channels = new DefaultChannelGroup("xiaoer-connections", GlobalEventExecutor.INSTANCE);
        metrics.connections(channels::size);
        AtomicInteger n = new AtomicInteger();
        backofficeThreads = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "xiaoer-backoffice-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        BackofficeApi backoffice = new BackofficeApi(office, backofficeThreads);
        try {
            listener = new ServerBootstrap()
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .option(ChannelOption.SO_BACKLOG, 1024)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childHandler(new HttpInitializer(config, service, metrics, traffic, channels, backoffice,
                            integrations, pages))
                    .bind(config.host(), config.port()).sync().channel();
        } catch (InterruptedException | RuntimeException e) {
            boss.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            workers.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            backofficeThreads.shutdownNow();
            throw e;
        }
        InetSocketAddress address = (InetSocketAddress) listener.localAddress();
        log.info("listening on {}:{}", address.getHostString(), address.getPort());
        return address;
    }

    /** The port it listens on (useful when configured with port 0). */
    public int port() {
        return ((InetSocketAddress) listener.localAddress()).getPort();
    }

    /**
     * Stops accepting connections, answers new messages on open connections with 503, waits up to
     * {@code timeout} for the messages in flight to be answered, then closes every connection.
     */
    public synchronized void stop(Duration timeout) {
        if (listener == null || stopped) {
            return;
        }
        stopped = true;
        traffic.draining = true;
        listener.close().awaitUninterruptibly();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (traffic.openRequests.get() > 0 && System.nanoTime() < deadline) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (traffic.openRequests.get() > 0) {
            log.warn("stopping with {} requests unanswered", traffic.openRequests.get());
        }
        channels.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        backofficeThreads.shutdownNow();
        log.info("stopped");
    }

    @Override
    public void close() {
        stop(config.shutdownTimeout());
    }
}
