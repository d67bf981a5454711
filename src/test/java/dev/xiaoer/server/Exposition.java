package dev.xiaoer.server;

/** Reads values out of the Prometheus text format, whether a sample is written {@code 2} or {@code 2.0}. */
final class Exposition {
    private Exposition() {
    }

    /**
     * The value of one series, named as the format writes it with its labels
     * ({@code xiaoer_messages_total{kind="flow"}}); NaN when the body has no such series.
     */
    static double value(String body, String series) {
        return body.lines().filter(l -> l.startsWith(series + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(series.length() + 1).strip()))
                .findFirst().orElse(Double.NaN);
    }

    /** The sum of every series of a metric ({@code xiaoer_messages_total} over its kinds). */
    static double sum(String body, String metric) {
        return body.lines().filter(l -> l.startsWith(metric + "{") || l.startsWith(metric + " "))
                .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
    }
}
