package dev.xiaoer.channel.dingtalk;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.xiaoer.channel.ReplyText;
import dev.xiaoer.dialogue.Reply;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A reply as a DingTalk robot message: {@code text}, or an {@code actionCard} whose buttons are the
 * quick replies or clarify options (tapping one sends it into the chat as the seller's next message).
 */
final class DingTalkMessages {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** What a card's title (shown in the notification) keeps of the reply's first line. */
    private static final int TITLE = 20;

    private DingTalkMessages() {
    }

    static String of(Reply reply) {
        List<String> options = ReplyText.options(reply);
        ObjectNode msg = JSON.createObjectNode();
        if (options.isEmpty()) {
            msg.put("msgtype", "text").putObject("text").put("content", reply.text());
            return msg.toString();
        }
        ObjectNode card = msg.put("msgtype", "actionCard").putObject("actionCard");
        card.put("title", title(reply.text())).put("text", reply.text()).put("btnOrientation", "0");
        ArrayNode buttons = card.putArray("btns");
        for (String option : options) {
            buttons.addObject().put("title", option).put("actionURL",
                    "dtmd://dingtalkclient/sendMessage?content=" + URLEncoder.encode(option, StandardCharsets.UTF_8)
                            .replace("+", "%20"));
        }
        return msg.toString();
    }

    private static String title(String text) {
        String first = text.strip().lines().findFirst().orElse("");
        return first.codePointCount(0, first.length()) <= TITLE ? first
                : first.substring(0, first.offsetByCodePoints(0, TITLE)) + "…";
    }
}
