package dev.wfi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wfi.callback.shifts.ShiftsCall;
import dev.wfi.contract.Contract;
import io.swagger.v3.oas.models.media.Schema;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The callbacks Shifts sends, built from the contract's own examples (connectRequest, shift, swapShiftsChangeRequest, timeCard). */
enum SimulateScenario {
    CONNECT, SHIFTS, SWAP, TIMECARDS, READ;

    private static final ObjectMapper JSON = new ObjectMapper();

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The calls of one round; {@code round} keeps ids and transactions distinct across rounds. */
    List<ShiftsCall> calls(Contract contract, String team, String integrationId, int round, Instant expires) {
        List<ShiftsCall> calls = new ArrayList<>();
        switch (this) {
            case CONNECT -> {
                JsonNode connect = example(contract, "connectRequest");
                calls.add(ShiftsCall.connect(connect, false));
                calls.add(ShiftsCall.connect(connect, true));
            }
            case SHIFTS -> {
                ObjectNode shift = example(contract, "shift");
                String id = shift.get("id").asText() + "-" + round;
                shift.put("id", id);
                String tx = "shifts-" + round;
                calls.add(ShiftsCall.update(team, "create shift", batch(item(id, "POST", "/shifts/" + id, tx, expires, shift)), null));
                ObjectNode changed = shift.deepCopy();
                ((ObjectNode) changed.get("sharedShift")).put("notes", "Moved by wfi simulate, round " + round);
                calls.add(ShiftsCall.update(team, "update shift", batch(item(id, "PUT", "/shifts/" + id, tx, expires, changed)), null));
                calls.add(ShiftsCall.update(team, "update shift (passthrough)",
                        batch(item(id, "PUT", "/shifts/" + id, tx, expires, changed)), integrationId));
                calls.add(ShiftsCall.update(team, "delete shift", batch(item(id, "DELETE", "/shifts/" + id, tx, expires, null)), null));
            }
            case SWAP -> {
                ObjectNode swap = example(contract, "swapShiftsChangeRequest");
                String suffix = "-" + round;
                String swapId = swap.get("id").asText() + suffix;
                String sender = swap.get("senderShiftId").asText() + suffix;
                String recipient = swap.get("recipientShiftId").asText() + suffix;
                swap.put("id", swapId).put("senderShiftId", sender).put("recipientShiftId", recipient).put("state", "approved");
                ObjectNode shift = example(contract, "shift");
                String tx = "swap-" + round;
                ObjectNode first = shift.deepCopy().put("id", sender + "-swapped");
                ObjectNode second = shift.deepCopy().put("id", recipient + "-swapped")
                        .put("userId", swap.get("recipientUserId").asText());
                calls.add(ShiftsCall.update(team, "swap approval (5 items)", batch(
                        item(swapId, "PUT", "/swapRequests/" + swapId, tx, expires, swap),
                        item(sender, "DELETE", "/shifts/" + sender, tx, expires, null),
                        item(recipient, "DELETE", "/shifts/" + recipient, tx, expires, null),
                        item(first.get("id").asText(), "POST", "/shifts/" + first.get("id").asText(), tx, expires, first),
                        item(second.get("id").asText(), "POST", "/shifts/" + second.get("id").asText(), tx, expires, second)), null));
            }
            case TIMECARDS -> {
                ObjectNode clockedIn = example(contract, "timeCard");
                String id = clockedIn.get("id").asText() + "-" + round;
                clockedIn.put("id", id).put("state", "clockedIn").putNull("clockOutEvent");
                clockedIn.set("breaks", JSON.createArrayNode());
                ObjectNode onBreak = example(contract, "timeCard");
                String second = onBreak.get("id").asText() + "-" + round + "-b";
                onBreak.put("id", second);
                String tx = "timecards-" + round;
                calls.add(ShiftsCall.update(team, "timecard batch (clock in, break)", batch(
                        item(id, "POST", "/timecards/" + id, tx, expires, clockedIn),
                        item(second, "PUT", "/timecards/" + second, tx, expires, onBreak)), null));
            }
            case READ -> {
                ObjectNode shift = example(contract, "shift");
                String shiftId = shift.get("id").asText();
                String userId = shift.get("userId").asText();
                String tx = "read-" + round;
                calls.add(ShiftsCall.read(team, "eligibility read (2 items)", batch(
                        item(shiftId, "GET", "/shifts/" + shiftId + "/requestableShifts?requestType=SwapRequest"
                                + "&startTime=2019-03-01T00:00:00.000Z&endTime=2019-04-01T00:00:00.000Z", tx, expires, null),
                        item(userId, "GET", "/users/" + userId + "/timeOffReasons?requestType=TimeOffReason", tx, expires, null))));
            }
            default -> throw new IllegalStateException(name());
        }
        return calls;
    }

    private static ObjectNode batch(ObjectNode... items) {
        ObjectNode body = JSON.createObjectNode();
        ArrayNode requests = body.putArray("requests");
        for (ObjectNode item : items) {
            requests.add(item);
        }
        return body;
    }

    private static ObjectNode item(String id, String method, String url, String transaction, Instant expires, JsonNode body) {
        ObjectNode item = JSON.createObjectNode().put("id", id).put("method", method).put("url", url);
        item.putObject("headers").put("X-MS-Transaction-ID", transaction).put("X-MS-Expires", expires.toString());
        if (body != null) {
            item.set("body", body);
        }
        return item;
    }

    private static ObjectNode example(Contract contract, String schemaName) {
        Schema<?> schema = contract.openApi().getComponents().getSchemas().get(schemaName);
        if (schema == null || schema.getExample() == null) {
            throw new IllegalStateException("the contract has no example for " + schemaName);
        }
        return (ObjectNode) JSON.valueToTree(schema.getExample());
    }
}
