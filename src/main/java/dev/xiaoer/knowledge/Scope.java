package dev.xiaoer.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the bot covers and what it does not, from {@code knowledge/scope.yaml}: the platform the
 * knowledge is about and the other platforms a seller may ask about instead; the aspects a
 * question can ask of a topic that only some answers speak of (its fee, how long it takes…); the
 * words that ask without naming a topic; the words that mark the asking part of a message; the
 * topic menu; and the replies for each. An editor adds a platform or an aspect here, no code.
 * Words are in Simplified script. Without a scope file, the scope is {@link #NONE}: nothing declined
 * for its platform or aspect.
 *
 * @param platform       every name of the platform the knowledge is about (1688)
 * @param otherPlatforms other platforms, by the name a reply uses, each with every name sellers write for it
 * @param notPlatforms   words that hold another platform's name but are not about it (京东快递 is a courier)
 * @param aspects        what a question can ask of a topic beyond how and where
 * @param notAsked       words that hold an asked word but ask nothing (前几天): left out when reading aspects
 * @param vague          words that ask without naming a topic: a message of only these is vague
 * @param about          words that say a message is about something and ask nothing of it (事, 问题): a message of
 *                       nothing but these and one topic's words (支付宝, 退货的事) names the topic and not what it asks
 * @param questionWords  words that mark a clause as the one asking (怎么, 吗, 哪, 多久…)
 * @param refers         words by which a clause that asks points back at what a clause before it named (这个, 它):
 *                       …之前有开官方直送，这个要怎么退出 asks how to close 官方直送
 * @param whichCases     words read as others in a question asking which cases there are ({@code cases-asked} of
 *                       phrases.yaml) with no case told: 什么情况申诉能成功 asks which cases may be appealed (申诉成功 as 可以申诉)
 * @param readAs         words a message reads as others unless it tells a word of their {@code unless} (运单 as 运单号, not
 *                       in 物流平台的运单怎么撤销): the knowledge keeps its words, so no word's weight moves
 * @param topics         the topic menu, in the order it is shown
 * @param replies        the replies for a decline of scope, by key ({@link #REPLIES})
 */
public record Scope(List<String> platform, Map<String, List<String>> otherPlatforms, List<String> notPlatforms,
                    List<Aspect> aspects, List<String> notAsked, List<String> vague, List<String> about, List<String> questionWords, List<String> refers,
                    Map<String, String> whichCases, Map<String, ReadAs> readAs, List<Topic> topics,
                    Map<String, String> replies, Source source) {

    /** The replies a scope file must have: another platform, a vague message, the topic menu, an unanswered aspect. */
    public static final List<String> REPLIES = List.of("other-platform", "vague", "menu", "unanswered");

    /** No scope declared. */
    public static final Scope NONE = new Scope(List.of(), Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
            List.of(), List.of(), Map.of(), Map.of(), List.of(), Map.of(), null);

    /**
     * How a message reads a word when it tells none of {@code unless}.
     *
     * @param as     what the word reads as (运单号)
     * @param unless words that, anywhere in the message, keep the word as it is (物流平台, 线上, 撤销: the online case)
     * @param deniedBy words that, before an {@code unless} word in its clause, deny it (不是在物流平台下的单): it does not count
     * @param when     words of which the message must name one, anywhere, for the word to be read so (申诉: 发晚 is the
     *                 seed's 延迟发货 in a question of an appeal); empty: any message
     */
    public record ReadAs(String as, List<String> unless, List<String> deniedBy, List<String> when) {
        public ReadAs {
            unless = List.copyOf(unless);
            deniedBy = List.copyOf(deniedBy);
            when = List.copyOf(when);
        }

        public ReadAs(String as, List<String> unless, List<String> deniedBy) {
            this(as, unless, deniedBy, List.of());
        }
    }

    /**
     * Something a question can ask of a topic that only some answers speak of.
     *
     * @param name     its key in the file
     * @param label    how a reply names it (手续费, 多久)
     * @param asked    words that ask it, in a message
     * @param answered words that speak of it, in an answer; {@code #} stands for any number (第#天).
     *                 Empty when no answer of the knowledge speaks of it.
     * @param told     words that ask it wherever they stand in a message, in the story's clauses too: what is told
     *                 there is what the question is about (快递网点不肯给盖公章…这个能不能拿来申诉 asks what to do when the
     *                 courier refuses). They ask it in an asking phrase as well.
     */
    public record Aspect(String name, String label, List<String> asked, List<String> answered, List<String> told,
                         Source source) {
        public Aspect {
            asked = List.copyOf(asked);
            answered = List.copyOf(answered);
            told = List.copyOf(told);
        }

        /** An aspect whose words ask it in the asking phrases only. */
        public Aspect(String name, String label, List<String> asked, List<String> answered, Source source) {
            this(name, label, asked, answered, List.of(), source);
        }

        /** The first word of this aspect that {@code text} (lower case, Simplified) asks with, or null: an asked or a told word. */
        public String askedIn(String text) {
            for (String w : asked) {
                if (text.contains(w)) {
                    return w;
                }
            }
            return toldIn(text);
        }

        /** The first of this aspect's told words that {@code text} (lower case, Simplified) holds, or null. */
        public String toldIn(String text) {
            for (String w : told) {
                if (text.contains(w)) {
                    return w;
                }
            }
            return null;
        }

        /** True when {@code answer} (lower case, Simplified) says something of this aspect: one of its answered words. */
        public boolean spokenOfIn(String answer) {
            for (String w : answered) {
                if (w.contains("#") ? pattern(w).matcher(answer).find() : answer.contains(w)) {
                    return true;
                }
            }
            return false;
        }

        /** An answered word as a pattern: {@code #} is any number, the rest is literal. */
        private static Pattern pattern(String word) {
            StringBuilder regex = new StringBuilder();
            String[] parts = word.split("#", -1);
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) {
                    regex.append("[0-9]+");
                }
                if (!parts[i].isEmpty()) {
                    regex.append(Pattern.quote(parts[i]));
                }
            }
            return Pattern.compile(regex.toString());
        }
    }

    /**
     * One item of the topic menu: its label, the entry a pick of it answers, the entries it holds
     * ({@code deposit.*} holds every entry whose id starts {@code deposit.}), and the words that name
     * it in a message (保证金, 押金 once normalised…): a message that names some topics is not
     * about the entries of the others.
     */
    public record Topic(String label, String entry, List<String> entries, List<String> words, Source source) {
        public Topic {
            entries = List.copyOf(entries);
            words = List.copyOf(words);
        }

        /** True when this topic holds the entry {@code id}. */
        public boolean holds(String id) {
            for (String e : entries) {
                if (e.endsWith("*") ? id.startsWith(e.substring(0, e.length() - 1)) : id.equals(e)) {
                    return true;
                }
            }
            return false;
        }
    }

    public Scope {
        platform = List.copyOf(platform);
        otherPlatforms = FileOrder.copyOf(otherPlatforms);
        notPlatforms = List.copyOf(notPlatforms);
        aspects = List.copyOf(aspects);
        notAsked = List.copyOf(notAsked);
        vague = List.copyOf(vague);
        about = List.copyOf(about);
        refers = List.copyOf(refers);
        whichCases = FileOrder.copyOf(whichCases);
        readAs = FileOrder.copyOf(readAs);
        questionWords = List.copyOf(questionWords);
        topics = List.copyOf(topics);
        replies = FileOrder.copyOf(replies);
    }

    /** The reply {@code key} with its {@code {name}} placeholders filled; empty when this scope has none. */
    public Optional<String> reply(String key, Map<String, String> values) {
        String text = replies.get(key);
        if (text == null) {
            return Optional.empty();
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            text = text.replace("{" + e.getKey() + "}", e.getValue());
        }
        return Optional.of(text.strip());
    }
}
