package dev.xiaoer.cli;

import java.time.Duration;
import picocli.CommandLine;

/** Duration flags ({@code --session-ttl 30m}): read by {@link dev.xiaoer.text.Durations}, the one reader of durations. */
final class Durations {
    private Durations() {
    }

    /** The picocli converter for duration options. */
    static final class Converter implements CommandLine.ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            try {
                return dev.xiaoer.text.Durations.parse(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
