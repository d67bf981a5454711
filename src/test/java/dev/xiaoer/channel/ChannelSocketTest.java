package dev.xiaoer.channel;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** What every channel's socket test starts with: a {@link ChannelHarness} for the class, and the deposit-refund script. */
public abstract class ChannelSocketTest {
    /** A seller going through deposit-refund to the end, and the step each reply must be at. */
    protected static final List<String> DEPOSIT_SAYS = List.of("保证金怎么退", "嗯嗯", "是的", "没有投诉", "超过30天了");
    protected static final List<String> DEPOSIT_STEPS = List.of("close-services", "check-orders", "check-complaints",
            "check-aftersales-window", "transfer-out");

    @TempDir
    protected static Path tmp;
    protected static ChannelHarness h;

    @BeforeAll
    static void startHarness() throws Exception {
        h = new ChannelHarness(tmp.resolve("data"), Clock.systemUTC());
    }

    @AfterAll
    static void stopHarness() {
        h.close();
    }
}
