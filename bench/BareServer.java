import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/**
 * The ceiling for bench/load.sh: the same Netty setup as the webhook service (NIO, one acceptor,
 * one event loop per core, TCP_NODELAY, HttpServerCodec with the same limits, a 64 KiB aggregator)
 * answering every request with a fixed JSON reply of a typical size, without dialogue or store.
 * Run as a single-file program with the service's jar on the class path:
 * {@code java -cp target/xiaoer.jar bench/BareServer.java 18090}.
 */
public final class BareServer {
    private static final byte[] REPLY = ("{\"conversationId\":\"c-1\",\"msgId\":\"m-1\",\"kind\":\"faq\","
            + "\"text\":\"保证金退回需完成 3 个步骤：关闭保障服务，满足解冻的条件，转出保证金。\","
            + "\"faqId\":\"deposit.refund\",\"confidence\":0.93,\"options\":[],\"flow\":null,\"related\":[]}")
            .getBytes(StandardCharsets.UTF_8);

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args.length > 0 ? args[0] : "18090");
        NioEventLoopGroup boss = new NioEventLoopGroup(1);
        NioEventLoopGroup workers = new NioEventLoopGroup(0);
        new ServerBootstrap().group(boss, workers)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childHandler(new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                        ch.pipeline()
                                .addLast(new HttpServerCodec(4096, 8192, 8192))
                                .addLast(new HttpObjectAggregator(64 * 1024))
                                .addLast(new SimpleChannelInboundHandler<FullHttpRequest>() {
                                    @Override
                                    protected void channelRead0(ChannelHandlerContext ctx, FullHttpRequest req) {
                                        ByteBuf body = Unpooled.wrappedBuffer(REPLY);
                                        FullHttpResponse res = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                                                HttpResponseStatus.OK, body);
                                        res.headers().set(HttpHeaderNames.CONTENT_TYPE, "application/json; charset=utf-8")
                                                .setInt(HttpHeaderNames.CONTENT_LENGTH, REPLY.length);
                                        boolean keepAlive = HttpUtil.isKeepAlive(req);
                                        if (keepAlive) {
                                            res.headers().set(HttpHeaderNames.CONNECTION, HttpHeaderValues.KEEP_ALIVE);
                                            ctx.writeAndFlush(res);
                                        } else {
                                            ctx.writeAndFlush(res).addListener(ChannelFutureListener.CLOSE);
                                        }
                                    }
                                });
                    }
                })
                .bind("127.0.0.1", port).sync();
        System.out.println("bare server listening on 127.0.0.1:" + port);
        Thread.currentThread().join();
    }
}
