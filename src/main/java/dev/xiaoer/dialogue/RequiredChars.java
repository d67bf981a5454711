package dev.xiaoer.dialogue;

import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The characters one of which every match of a regular expression holds, read from the expression itself: a
 * text holding none of them cannot be matched, and is not (docs/benchmarks.md, issue 19, twenty-fifth session:
 * the patterns of {@code phrases.yaml} tried on every reading of a reply, {@code under-way} on every text whose cues
 * are read). For a sequence the smallest set of one of its parts that must match (a character, a class, a group
 * without a quantifier that allows none); for alternatives the union of theirs. Look-arounds, anchors and what may
 * match nothing require nothing. An expression with a part this reading does not know (flags, {@code \Q}, {@code \p},
 * nested classes) or one that can match the empty text has no such set: {@link #of} is null, and the text is always
 * matched. Immutable; the reading is made once per knowledge version.
 */
final class RequiredChars {
    private static final int MAX_RANGE = 512;

    private final String source;
    private int at;

    private RequiredChars(String source) {
        this.source = source;
    }

    /** The characters one of which every match of {@code pattern} holds, or null when not known (or none needed). */
    static String of(Pattern pattern) {
        if (pattern == null || pattern.flags() != 0) {
            return null;
        }
        RequiredChars reader = new RequiredChars(pattern.pattern());
        try {
            Part whole = reader.alternation();
            return reader.at == reader.source.length() && !whole.nullable() ? whole.chars() : null;
        } catch (Unknown e) {
            return null;
        }
    }

    /** Whether {@code text} holds a character of {@code required} (null: any text may match). */
    static boolean mayMatch(String required, CharSequence text) {
        if (required == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            if (required.indexOf(text.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code pattern}, whose {@link #of} is {@code required}, finds a match in {@code text}. */
    static boolean find(Pattern pattern, String required, String text) {
        return mayMatch(required, text) && pattern.matcher(text).find();
    }

    /** What a part of an expression needs: whether it may match nothing, and else the characters one of which it holds. */
    private record Part(boolean nullable, String chars) {
        static final Part EMPTY = new Part(true, null);
        static final Part ANY = new Part(false, null);
    }

    /** A construct this reading does not know: the expression gets no set. */
    private static final class Unknown extends RuntimeException {
        Unknown() {
            super(null, null, false, false);
        }
    }

    private Part alternation() {
        Part result = sequence();
        while (at < source.length() && source.charAt(at) == '|') {
            at++;
            Part next = sequence();
            boolean nullable = result.nullable() || next.nullable();
            result = new Part(nullable, nullable || result.chars() == null || next.chars() == null ? null
                    : union(result.chars(), next.chars()));
        }
        return result;
    }

    private Part sequence() {
        boolean nullable = true;
        String best = null;
        while (at < source.length() && source.charAt(at) != '|' && source.charAt(at) != ')') {
            Part part = quantified(atom());
            if (!part.nullable()) {
                nullable = false;
                if (part.chars() != null && (best == null || part.chars().length() < best.length())) {
                    best = part.chars();
                }
            }
        }
        return nullable ? Part.EMPTY : new Part(false, best);
    }

    private Part quantified(Part atom) {
        if (at >= source.length()) {
            return atom;
        }
        char c = source.charAt(at);
        boolean none;
        if (c == '?' || c == '*') {
            at++;
            none = true;
        } else if (c == '+') {
            at++;
            none = false;
        } else if (c == '{') {
            int close = source.indexOf('}', at);
            if (close < 0) {
                throw new Unknown();
            }
            String bounds = source.substring(at + 1, close);
            if (!bounds.matches("[0-9]+(,[0-9]*)?")) {
                throw new Unknown();
            }
            none = Integer.parseInt(bounds.split(",", -1)[0]) == 0;
            at = close + 1;
        } else {
            return atom;
        }
        if (at < source.length() && (source.charAt(at) == '?' || source.charAt(at) == '+')) {
            at++; // lazy or possessive: the same matches' characters
        }
        return none ? Part.EMPTY : atom;
    }

    private Part atom() {
        char c = source.charAt(at++);
        switch (c) {
            case '(':
                return group();
            case '[':
                return charClass();
            case '\\':
                return escape();
            case '^':
            case '$':
                return Part.EMPTY;
            case '.':
                return Part.ANY;
            case '*':
            case '+':
            case '?':
            case '{':
                throw new Unknown();
            default:
                return literal(c);
        }
    }

    private Part group() {
        boolean lookaround = false;
        if (source.startsWith("?", at)) {
            if (source.startsWith("?:", at) || source.startsWith("?>", at)) {
                at += 2;
            } else if (source.startsWith("?=", at) || source.startsWith("?!", at)) {
                at += 2;
                lookaround = true;
            } else if (source.startsWith("?<=", at) || source.startsWith("?<!", at)) {
                at += 3;
                lookaround = true;
            } else if (source.startsWith("?<", at)) {
                int close = source.indexOf('>', at);
                if (close < 0) {
                    throw new Unknown();
                }
                at = close + 1; // a named group
            } else {
                throw new Unknown(); // inline flags
            }
        }
        Part inside = alternation();
        if (at >= source.length() || source.charAt(at) != ')') {
            throw new Unknown();
        }
        at++;
        return lookaround ? Part.EMPTY : inside;
    }

    private Part escape() {
        if (at >= source.length()) {
            throw new Unknown();
        }
        char c = source.charAt(at++);
        switch (c) {
            case 'b': case 'B': case 'A': case 'z': case 'Z': case 'G':
                return Part.EMPTY;
            case 's': case 'S': case 'd': case 'D': case 'w': case 'W': case 'h': case 'H': case 'v': case 'V': case 'R': case 'X':
                return Part.ANY;
            case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
                return Part.EMPTY; // a back-reference may repeat an empty group
            default:
                return literal(escaped(c));
        }
    }

    /** The character an escape outside a class stands for, or a class escape's {@link Unknown}. */
    private char escaped(char c) {
        switch (c) {
            case 't': return '\t';
            case 'n': return '\n';
            case 'r': return '\r';
            case 'f': return '\f';
            case 'u': {
                if (at + 4 > source.length()) {
                    throw new Unknown();
                }
                try {
                    char u = (char) Integer.parseInt(source.substring(at, at + 4), 16);
                    at += 4;
                    return u;
                } catch (NumberFormatException e) {
                    throw new Unknown();
                }
            }
            default:
                if (Character.isLetterOrDigit(c)) {
                    throw new Unknown(); // \p, \Q, \k, \x, \0 …: not read here
                }
                return c;
        }
    }

    private static Part literal(char c) {
        if (Character.isSurrogate(c)) {
            throw new Unknown();
        }
        return new Part(false, String.valueOf(c));
    }

    private Part charClass() {
        if (at < source.length() && source.charAt(at) == '^') {
            skipClass();
            return Part.ANY;
        }
        StringBuilder chars = new StringBuilder();
        boolean known = true;
        boolean first = true;
        while (true) {
            if (at >= source.length()) {
                throw new Unknown();
            }
            char c = source.charAt(at++);
            if (c == ']') {
                if (first) {
                    throw new Unknown(); // ']' first: not read here
                }
                break;
            }
            first = false;
            if (c == '[' || c == '&' && source.startsWith("&", at)) {
                throw new Unknown(); // a nested class or an intersection
            }
            if (c == '\\') {
                char e = source.charAt(at++);
                if ("sSdDwWhHvVpP".indexOf(e) >= 0) {
                    known = false;
                    if (e == 'p' || e == 'P') {
                        throw new Unknown();
                    }
                    continue;
                }
                c = escaped(e);
            }
            if (at + 1 < source.length() && source.charAt(at) == '-' && source.charAt(at + 1) != ']') {
                at++;
                char hi = source.charAt(at++);
                if (hi == '\\') {
                    hi = escaped(source.charAt(at++));
                }
                if (hi < c) {
                    throw new Unknown();
                }
                if (hi - c > MAX_RANGE || Character.isSurrogate(c) || Character.isSurrogate(hi)) {
                    known = false; // a wide range (all CJK, say): any character, as far as this reading goes
                    continue;
                }
                for (int r = c; r <= hi; r++) {
                    chars.append((char) r);
                }
                continue;
            }
            if (Character.isSurrogate(c)) {
                known = false;
                continue;
            }
            chars.append(c);
        }
        return known && chars.length() > 0 ? new Part(false, union(chars.toString(), "")) : Part.ANY;
    }

    /** Past a negated class: its characters are not what a match must hold. */
    private void skipClass() {
        at++;
        boolean first = true;
        while (at < source.length()) {
            char c = source.charAt(at++);
            if (c == '\\') {
                at++;
            } else if (c == '[') {
                throw new Unknown();
            } else if (c == ']' && !first) {
                return;
            }
            first = false;
        }
        throw new Unknown();
    }

    /** The characters of both, sorted, each once. */
    private static String union(String a, String b) {
        TreeSet<Character> set = new TreeSet<>();
        for (char c : (a + b).toCharArray()) {
            set.add(c);
        }
        StringBuilder s = new StringBuilder(set.size());
        set.forEach(s::append);
        return s.toString();
    }
}
