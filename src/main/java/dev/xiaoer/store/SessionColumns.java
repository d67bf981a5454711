package dev.xiaoer.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.xiaoer.dialogue.FlowFrame;
import dev.xiaoer.dialogue.HandoffReason;
import dev.xiaoer.dialogue.Session;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Session} as a row of {@code sessions}: the columns read back into a session, and those
 * that hold structure as JSON (the clarify options as a list of FAQ ids; the suspended flows as
 * {@code [{"id": …, "step": …}]}).
 */
public final class SessionColumns {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SessionColumns() {
    }


    /**
     * Sets a session's thirteen upsert parameters, in the order both stores' upserts list them:
     * conversation id, flow, step, unreadable, fallbacks, clarify options ({@code clarifyJson}, as
     * {@link #clarifyJson} writes them), handoff reason, last activity, handed-off-at (the last
     * activity while handed off, else null), traditional, suspended flows, the active step's told items,
     * the entry last answered with.
     */
    public static void bind(PreparedStatement ps, String conversationId, Session s, String clarifyJson)
            throws SQLException {
        ps.setString(1, conversationId);
        ps.setString(2, s.flowId());
        ps.setString(3, s.stepId());
        ps.setInt(4, s.unreadable());
        ps.setInt(5, s.fallbacks());
        ps.setString(6, clarifyJson);
        ps.setString(7, s.handedOff() ? s.handoffReason().wire() : null);
        ps.setLong(8, s.lastActivity().toEpochMilli());
        if (s.handedOff()) {
            ps.setLong(9, s.lastActivity().toEpochMilli());
        } else {
            ps.setNull(9, Types.BIGINT);
        }
        ps.setInt(10, s.traditional() ? 1 : 0);
        ps.setString(11, suspendedJson(s.suspended(), s.endedFrom(), s.flow()));
        ps.setInt(12, s.flow() == null ? 0 : s.flow().toldItems());
        ps.setString(13, s.lastEntry());
    }
    /**
     * A session from the columns {@code flow_id, step_id, unreadable, fallbacks, clarify_options,
     * handoff_reason, last_activity, traditional, suspended, told_items, last_entry}, in that order from column
     * {@code first}.
     */
    public static Session read(String conversationId, ResultSet rs, int first) throws SQLException {
        String flowId = rs.getString(first);
        String stepId = rs.getString(first + 1);
        String reason = rs.getString(first + 5);
        try {
            List<ColumnFrame> frames = suspended(rs.getString(first + 8));
            // (what was told of the active flow's steps ahead: the frames marked with the label told there)
            Map<String, String> ahead = new LinkedHashMap<>();
            frames.stream().filter(f -> f.told() != null && f.frame().flowId().equals(flowId))
                    .forEach(f -> ahead.put(f.frame().stepId(), f.told()));
            return new Session(conversationId, flowId == null ? null : new FlowFrame(flowId, stepId, rs.getInt(first + 9), ahead),
                    frames.stream().filter(f -> !f.ended() && f.told() == null).map(ColumnFrame::frame).toList(), rs.getInt(first + 2),
                    rs.getInt(first + 3), clarifyOptions(rs.getString(first + 4)),
                    reason == null ? null : HandoffReason.fromWire(reason), Instant.ofEpochMilli(rs.getLong(first + 6)),
                    rs.getInt(first + 7) != 0, rs.getString(first + 10),
                    frames.stream().filter(f -> f.ended() && f.told() == null).map(ColumnFrame::frame).findFirst().orElse(null));
        } catch (IllegalArgumentException e) {
            throw new StoreException("a stored session is corrupt: " + e.getMessage(), e);
        }
    }

    public static String clarifyJson(List<String> faqIds) {
        if (faqIds.isEmpty()) {
            return "[]"; // what Jackson writes for it; most sessions clarify nothing, and this runs for every message
        }
        try {
            return JSON.writeValueAsString(faqIds);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> clarifyOptions(String json) {
        try {
            return JSON.readValue(json, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new StoreException("a stored session is corrupt: " + e.getMessage(), e);
        }
    }

    public static String suspendedJson(List<FlowFrame> frames) {
        return suspendedJson(frames, null);
    }

    /**
     * The suspended flows as JSON, and after them, marked {@code "ended": true}, the step whose answer ended a flow in the
     * turn just taken ({@link Session#endedFrom}), which a correction next turn goes back to: one column for both, so
     * that no migration was needed (a row without the mark reads as before).
     */
    public static String suspendedJson(List<FlowFrame> frames, FlowFrame ended) {
        return suspendedJson(frames, ended, null);
    }

    /**
     * The same, and after them what was told of the active flow's ({@code active}'s) steps ahead, each a frame of that flow
     * at the step with {@code "told"}: the label of the option told there. Still one column, no migration.
     */
    public static String suspendedJson(List<FlowFrame> frames, FlowFrame ended, FlowFrame active) {
        Map<String, String> ahead = active == null ? Map.of() : active.toldAhead();
        if (frames.isEmpty() && ended == null && ahead.isEmpty()) {
            return "[]";
        }
        StringWriter out = new StringWriter(64);
        try (JsonGenerator g = JSON.getFactory().createGenerator(out)) {
            g.writeStartArray();
            for (FlowFrame f : frames) {
                g.writeStartObject();
                g.writeStringField("id", f.flowId());
                g.writeStringField("step", f.stepId());
                g.writeEndObject();
            }
            if (ended != null) {
                g.writeStartObject();
                g.writeStringField("id", ended.flowId());
                g.writeStringField("step", ended.stepId());
                g.writeBooleanField("ended", true);
                g.writeEndObject();
            }
            for (Map.Entry<String, String> told : ahead.entrySet()) {
                g.writeStartObject();
                g.writeStringField("id", active.flowId());
                g.writeStringField("step", told.getKey());
                g.writeStringField("told", told.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * A frame of the suspended column: a paused flow, ({@code ended}) the step a flow just ended from, or ({@code told}, the
     * option's label) what was told of a step ahead of the active one.
     */
    private record ColumnFrame(FlowFrame frame, boolean ended, String told) {
    }

    private static List<ColumnFrame> suspended(String json) {
        if (json == null || json.equals("[]")) {
            return List.of();
        }
        try {
            List<ColumnFrame> frames = new ArrayList<>();
            for (JsonNode f : JSON.readTree(json)) {
                frames.add(new ColumnFrame(new FlowFrame(f.path("id").asText(null), f.path("step").asText(null)),
                        f.path("ended").asBoolean(false), f.path("told").asText(null)));
            }
            return frames;
        } catch (IOException | IllegalArgumentException e) {
            throw new StoreException("a stored session's suspended flows are corrupt: " + e.getMessage(), e);
        }
    }
}
