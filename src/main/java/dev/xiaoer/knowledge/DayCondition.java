package dev.xiaoer.knowledge;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A condition on a number of days, written {@code <30}, {@code <=30}, {@code >30} or {@code >=30}. */
public record DayCondition(String operator, int days) {
    private static final Pattern FORM = Pattern.compile("(<=|>=|<|>)\\s*(\\d{1,5})");

    /** The condition written {@code text}, or null when it is not one. */
    public static DayCondition parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        return m.matches() ? new DayCondition(m.group(1), Integer.parseInt(m.group(2))) : null;
    }

    public boolean holds(int value) {
        return switch (operator) {
            case "<" -> value < days;
            case "<=" -> value <= days;
            case ">" -> value > days;
            default -> value >= days;
        };
    }

    @Override
    public String toString() {
        return operator + days;
    }
}
