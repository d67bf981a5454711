package dev.xiaoer.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Option defaults from the environment: {@code --session-ttl} reads {@code XIAOER_SESSION_TTL}. A flag
 * given on the command line wins; without either, the option's own default applies.
 */
public final class EnvDefaults implements CommandLine.IDefaultValueProvider {
    private final Map<String, String> env;

    public EnvDefaults() {
        this(System.getenv());
    }

    public EnvDefaults(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** The environment variable an option reads: {@code --session-ttl} → {@code XIAOER_SESSION_TTL}. */
    public static String variable(String longName) {
        return "XIAOER_" + longName.replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    @Override
    public String defaultValue(ArgSpec argSpec) {
        if (argSpec instanceof OptionSpec option && option.longestName().startsWith("--")
                && !option.usageHelp() && !option.versionHelp()) {
            String value = env.get(variable(option.longestName()));
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        return null;
    }
}
