package vn.motcua.central.portal.mock;

import static vn.motcua.central.portal.mock.MockJson.JSON;
import static vn.motcua.central.portal.mock.MockJson.error;
import static vn.motcua.central.portal.mock.MockJson.ok;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the mock portal holds: each dossier's last item, its progress entries in arrival order and how often it was
 * synced; and the three services over them ({@code DongBoHoSoMC}, {@code CapNhatTienDoHoSoMC}, {@code TraCuuHoSo}),
 * each all-or-nothing per call as a portal is. Thread-safe: one call at a time.
 */
final class HeldDossiers {
    private final Map<String, Held> dossiers = new TreeMap<>();
    private final Set<String> refuse = ConcurrentHashMap.newKeySet();

    /** What the mock holds of one dossier. */
    private static final class Held {
        ObjectNode item;
        final ArrayNode progress = JSON.createArrayNode();
        int syncs;
    }

    /** Answers one service call ({@code body.service}). */
    synchronized ObjectNode serve(JsonNode body) {
        return switch (body.path("service").asText("")) {
            case "DongBoHoSoMC" -> sync(body);
            case "CapNhatTienDoHoSoMC" -> progress(body);
            case "TraCuuHoSo" -> lookup(body);
            default -> error("1", "Dịch vụ không hỗ trợ: " + body.path("service").asText(""));
        };
    }

    /** Refuses every {@code DongBoHoSoMC} item with this MaHoSo (or stops refusing it). */
    void refuse(String maHoSo, boolean on) {
        if (on) {
            refuse.add(maHoSo);
        } else {
            refuse.remove(maHoSo);
        }
    }

    /** Replaces the refused MaHoSo list. */
    void refuseOnly(Iterable<JsonNode> codes) {
        refuse.clear();
        codes.forEach(n -> refuse.add(n.asText()));
    }

    ArrayNode refusedJson() {
        ArrayNode r = JSON.createArrayNode();
        refuse.forEach(r::add);
        return r;
    }

    /** Every dossier held: its last item, its progress entries in arrival order, how often it was synced. */
    synchronized ObjectNode json() {
        ObjectNode out = JSON.createObjectNode();
        dossiers.forEach((code, h) -> {
            ObjectNode o = out.putObject(code);
            o.set("dossier", h.item.deepCopy());
            o.set("progress", h.progress.deepCopy());
            o.put("syncs", h.syncs);
        });
        return out;
    }

    private ObjectNode sync(JsonNode body) {
        String unit = body.path("madonvi").asText();
        String updating = body.path("isUpdating").asText("");
        if (!updating.equals("True") && !updating.equals("False")) {
            return error("1", "isUpdating phải là \"True\" hoặc \"False\"");
        }
        JsonNode data = body.path("data");
        if (!data.isArray() || data.isEmpty() || data.size() > 100) {
            return error("1", "data phải có từ 1 đến 100 hồ sơ");
        }
        Set<String> inCall = new HashSet<>();
        for (JsonNode item : data) {
            Optional<String> problem = PortalChecks.dossier(unit, item);
            if (problem.isPresent()) {
                return error("2", problem.get());
            }
            String code = item.get("MaHoSo").asText();
            if (!inCall.add(code)) {
                return error("2", "Hồ sơ " + code + " lặp lại trong một lần gọi");
            }
            if (refuse.contains(code)) {
                return error("2", "Hồ sơ " + code + ": dữ liệu không hợp lệ (từ chối theo cấu hình thử nghiệm)");
            }
            boolean exists = dossiers.containsKey(code);
            if (updating.equals("False") && exists) {
                return error("3", "Hồ sơ " + code + " đã tồn tại");
            }
            if (updating.equals("True") && !exists) {
                return error("4", "Hồ sơ " + code + " không tồn tại");
            }
        }
        for (JsonNode item : data) {
            Held h = dossiers.computeIfAbsent(item.get("MaHoSo").asText(), k -> new Held());
            h.item = ((ObjectNode) item).deepCopy();
            h.syncs++;
        }
        return ok();
    }

    private ObjectNode progress(JsonNode body) {
        JsonNode data = body.path("data");
        if (!data.isArray() || data.isEmpty() || data.size() > 10) {
            return error("1", "data phải có từ 1 đến 10 mục tiến độ");
        }
        for (JsonNode e : data) {
            String code = e.path("MaHoSo").asText("");
            if (!dossiers.containsKey(code)) {
                return error("4", "Hồ sơ " + code + " không tồn tại");
            }
            Optional<String> problem = PortalChecks.progress(e);
            if (problem.isPresent()) {
                return error("2", problem.get());
            }
        }
        for (JsonNode e : data) {
            dossiers.get(e.get("MaHoSo").asText()).progress.add(e.deepCopy());
        }
        return ok();
    }

    private ObjectNode lookup(JsonNode body) {
        Held h = dossiers.get(body.path("mahoso").asText(""));
        if (h == null) {
            return error("4", "Hồ sơ không tồn tại");
        }
        ObjectNode r = ok();
        ObjectNode d = h.item.deepCopy();
        d.set("QuaTrinhXuLy", h.progress.deepCopy());
        r.putArray("result").add(d); // OpenCPS reads TraCuuHoSo's "result" as an array: found = not empty
        return r;
    }
}
