package dev.xiaoer.cli;

import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/**
 * Reads each flag's default from the environment: {@code --session-ttl} from
 * {@code XIAOER_SESSION_TTL}. A flag given on the command line wins.
 */
final class EnvDefaults implements CommandLine.IDefaultValueProvider {
    private final Map<String, String> env;

    EnvDefaults(Map<String, String> env) {
        this.env = env;
    }

    static String variable(String longName) {
        return "XIAOER_" + longName.replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    @Override
    public String defaultValue(CommandLine.Model.ArgSpec argSpec) {
        if (argSpec instanceof CommandLine.Model.OptionSpec option && option.longestName().startsWith("--")) {
            String value = env.get(variable(option.longestName()));
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return argSpec.defaultValue();
    }
}
