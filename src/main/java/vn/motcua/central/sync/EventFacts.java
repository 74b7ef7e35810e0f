package vn.motcua.central.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.central.ApiException;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.DossierCode;
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.domain.text.Msg;
import vn.motcua.domain.text.Text;
import vn.motcua.sync.wire.EventType;
import vn.motcua.sync.wire.PushEvent;

/**
 * A pushed event whose shape has been checked: every field the server relies on is present and readable. Built by
 * {@link #check}, which refuses the whole batch (400, naming the event) when one event is malformed, so nothing of a
 * malformed batch is stored. {@code eventIdText} and {@code dossierId} are the event's and its dossier's ids as text,
 * made once here (the judgement and the rows use them many times).
 */
record EventFacts(int index, PushEvent event, String eventIdText, String dossierId, EventType type,
                  DossierAction action, String code, String officeCode, int deskNo, DossierStatus status,
                  String interopAgency,
                  String procedureCode, String procedureName, String receivedAt, String appointmentAt,
                  String idLast4, String phoneLast4, String progressAt, String progressAction,
                  DossierStatus progressStatus, String progressNote, String progressJson, JsonNode dossier,
                  JsonNode extra) {

    private static final int MAX_TEXT = 2000;

    static EventFacts check(int index, PushEvent e) {
        return check(index, e, new HashMap<>());
    }

    /**
     * {@link #check(int, PushEvent)} with the codes already read in this batch ({@code codes}: raw text → code),
     * so the four or so events of one dossier read its code once.
     */
    static EventFacts check(int index, PushEvent e, Map<String, DossierCode> codes) {
        if (e == null) {
            throw invalid(index, null, "INVALID_EVENT", Msg.of("central.event.empty"));
        }
        UUID id = e.eventId();
        if (id == null) {
            throw invalid(index, null, "INVALID_EVENT", Msg.of("central.event.noId"));
        }
        if (e.type() == null || e.type().isBlank()) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.noType"));
        }
        EventType type = Optional.ofNullable(TYPE_NAMES.get(e.type())).orElseThrow(() -> invalid(index, id, "UNKNOWN_EVENT_TYPE",
                Msg.of("central.event.typeUnknown", clip(e.type()))));
        if (e.dossierId() == null || e.occurredAt() == null) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.noDossierOrTime"));
        }
        if (e.deviceSeq() < 0) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.negativeSeq"));
        }
        JsonNode payload = e.payload();
        if (payload == null || !payload.isObject()) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.noPayload"));
        }
        if (type == EventType.COUNTER_RATED) {
            return counterRating(index, e, payload, codes);
        }
        JsonNode dossier = payload.get("dossier");
        JsonNode progress = payload.get("progress");
        if (dossier == null || !dossier.isObject() || progress == null || !progress.isObject()) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.noDossierProgress"));
        }
        if (!e.dossierId().toString().equals(text(dossier, "id"))) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.idMismatch"));
        }
        DossierCode code = code(index, id, text(dossier, "code"), codes);
        DossierStatus status = status(index, id, dossier, "dossier.status");
        DossierStatus progressStatus = status(index, id, progress, "progress.status");
        DossierAction action = null;
        JsonNode extra = null;
        if (type == EventType.APOLOGY_ISSUED) {
            extra = payload.get("apology");
            if (extra == null || !extra.isObject()) {
                throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.noApology"));
            }
            required(index, id, extra, "reason");
            required(index, id, extra, "createdBy");
            localTime(index, id, extra, "newAppointment", true);
            localTime(index, id, extra, "createdAt", true);
            localTime(index, id, extra, "previousAppointment", false);
            if (localTime(index, id, dossier, "rescheduledAt", false) == null) {
                throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.apologyNoAppointment"));
            }
        } else if (type == EventType.DOSSIER_CORRECTED) {
            extra = payload.get("reason");
            if (extra == null || !extra.isTextual() || extra.asText().isBlank()) {
                throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.correctionNoReason"));
            }
        } else if (type == EventType.DOSSIER_RECEIVED) {
            if (status != DossierStatus.NEW) {
                throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.receivedNotNew",
                        Msg.of("dossier.status." + DossierStatus.NEW.name())));
            }
        } else if (type == EventType.FEE_PAID) {
            if (progressStatus != status) {
                throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.feeChangesStatus"));
            }
            checkPayment(index, id, progress.get("payment"));
        } else {
            String a = text(payload, "action");
            action = Optional.ofNullable(a == null ? null : ACTION_NAMES.get(a))
                    .filter(x -> x != DossierAction.RECEIVE)
                    .orElseThrow(() -> invalid(index, id, "INVALID_EVENT", Msg.of("central.event.actionInvalid", clip(a))));
            if (status != action.to()) {
                throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.actionStatus",
                        Msg.of("dossier.action." + action.name()), Msg.of("dossier.status." + action.to().name())));
            }
        }
        String procedureCode = required(index, id, dossier, "procedureCode");
        String receivedAt = localTime(index, id, dossier, "receivedAt", true);
        String appointmentAt = localTime(index, id, dossier, "appointmentAt", false);
        String progressAt = localTime(index, id, progress, "at", true);
        String progressAction = required(index, id, progress, "action");
        JsonNode applicant = dossier.get("applicant");
        return new EventFacts(index, e, id.toString(), e.dossierId().toString(), type, action, code.toString(),
                code.agency().value(),
                dossier.path("deskNo").asInt(0), status, optional(dossier, "interopAgency"), procedureCode,
                optional(dossier, "procedureName"), receivedAt, appointmentAt, lastDigits(applicant, "idNumber"),
                lastDigits(applicant, "phone"), progressAt, progressAction, progressStatus, optional(progress, "note"),
                progress.toString(), dossier, extra);
    }

    /** A counter rating: no dossier state, only the rating (its code names the office). */
    private static EventFacts counterRating(int index, PushEvent e, JsonNode payload,
                                            Map<String, DossierCode> codes) {
        UUID id = e.eventId();
        JsonNode rating = payload.get("rating");
        if (rating == null || !rating.isObject()) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.noRating"));
        }
        DossierCode code = code(index, id, text(rating, "dossierCode"), codes);
        String level = required(index, id, rating, "level");
        if (java.util.Arrays.stream(vn.motcua.domain.rating.RatingLevel.values())
                .noneMatch(l -> l.name().equals(level))) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.ratingLevel", clip(level)));
        }
        required(index, id, rating, "deskUser");
        localTime(index, id, rating, "ratedAt", true);
        return new EventFacts(index, e, id.toString(), e.dossierId().toString(), EventType.COUNTER_RATED, null,
                code.toString(), code.agency().value(), 0,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, rating);
    }

    /**
     * The columns the server keeps beside a dossier's JSON: procedure code and name, receipt and appointment times,
     * and the last four digits of the applicant's ID and phone (the lookup page's second factor).
     */
    static String[] columns(JsonNode dossier) {
        JsonNode applicant = dossier.get("applicant");
        return new String[] {optional(dossier, "procedureCode"), optional(dossier, "procedureName"),
            optional(dossier, "receivedAt"), optional(dossier, "appointmentAt"), lastDigits(applicant, "idNumber"),
            lastDigits(applicant, "phone")};
    }

    /** A payment: a positive whole amount of đồng and the method CASH or TRANSFER. */
    private static void checkPayment(int index, UUID id, JsonNode p) {
        if (p == null || !p.isObject()) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.noPayment"));
        }
        JsonNode amount = p.get("amountVnd");
        if (amount == null || !amount.canConvertToExactIntegral() || amount.asLong() <= 0) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.feeAmount"));
        }
        String method = text(p, "method");
        if (!"CASH".equals(method) && !"TRANSFER".equals(method)) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.feeMethod", clip(method)));
        }
        localTime(index, id, p, "paidAt", true);
    }

    UUID eventId() {
        return event.eventId();
    }

    /** The dossier code of an event, read once per batch; the whole batch is refused when it is not one. */
    private static DossierCode code(int index, UUID id, String raw, Map<String, DossierCode> codes) {
        DossierCode known = raw == null ? null : codes.get(raw);
        if (known != null) {
            return known;
        }
        Optional<DossierCode> code = DossierCode.tryParse(raw);
        if (code.isEmpty()) {
            throw invalid(index, id, "INVALID_EVENT", DossierCode.problem(raw).orElseGet(() -> Msg.text("?")));
        }
        codes.put(raw, code.get());
        return code.get();
    }

    /** Event types and actions by their constant names (what {@code EventType.parse} and a search of the values find). */
    private static final Map<String, EventType> TYPE_NAMES = java.util.Arrays.stream(EventType.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, x -> x));
    private static final Map<String, DossierAction> ACTION_NAMES = java.util.Arrays.stream(DossierAction.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, x -> x));

    /** Statuses by their constant name, as desks send them; anything else goes through {@link DossierStatus#parse}. */
    private static final Map<String, DossierStatus> STATUS_NAMES = java.util.Arrays.stream(DossierStatus.values())
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Enum::name, x -> x));

    private static DossierStatus status(int index, UUID id, JsonNode node, String label) {
        String field = label.substring(label.indexOf('.') + 1);
        JsonNode v = node.get(field);
        String s = v == null || v.isNull() ? null : v.asText();
        DossierStatus named = s == null ? null : STATUS_NAMES.get(s);
        if (named != null) {
            return named;
        }
        return DossierStatus.parse(s).orElseThrow(() -> invalid(index, id, "INVALID_EVENT",
                Msg.of("central.event.statusInvalid", label, clip(s))));
    }

    private static String required(int index, UUID id, JsonNode node, String field) {
        String v = optional(node, field);
        if (v == null || v.isBlank()) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.fieldMissing", field));
        }
        return v;
    }

    private static String optional(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || !v.isValueNode()) {
            return null;
        }
        String s = clean(v.asText());
        return s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT) : s;
    }

    /**
     * {@link Text#nfc}, skipped for text it would return unchanged: printable ASCII without spaces (codes, times, ids
     * — most fields), and text that is {@link #alreadyClean} (names and notes as desks send them, already cleaned).
     */
    static String clean(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c > '~') {
                return alreadyClean(s) ? s : Text.nfc(s);
            }
        }
        return s;
    }

    /**
     * Whether {@link Text#nfc} would give {@code s} back as it is: no space at either end nor two in a row, no other
     * white space, no control or format character (nor a lone surrogate), and already in NFC.
     */
    static boolean alreadyClean(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                if (i == 0 || i == n - 1 || s.charAt(i - 1) == ' ') {
                    return false;
                }
            } else if (c < ' ' || c == 0x7f) {
                return false;
            } else if (c > '~') {
                if (Character.isSurrogate(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)
                        || c == '\u0085') {
                    return false;
                }
                int type = Character.getType(c);
                if (type == Character.CONTROL || type == Character.FORMAT) {
                    return false;
                }
            }
        }
        return java.text.Normalizer.isNormalized(s, java.text.Normalizer.Form.NFC);
    }

    private static String localTime(int index, UUID id, JsonNode node, String field, boolean required) {
        String v = optional(node, field);
        if (v == null) {
            if (required) {
                throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.timeMissing", field));
            }
            return null;
        }
        try {
            LocalDateTime quick = vn.motcua.central.province.LocalTimes.quick(v);
            return (quick != null ? quick : LocalDateTime.parse(v)).toString();
        } catch (DateTimeParseException ex) {
            throw invalid(index, id, "INVALID_EVENT", Msg.of("central.event.timeInvalid", field, clip(v)));
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** The last four digits of an ID or phone number, the lookup page's second factor; null when fewer. */
    private static String lastDigits(JsonNode applicant, String field) {
        if (applicant == null || !applicant.isObject()) {
            return null;
        }
        String v = text(applicant, field);
        if (v == null) {
            return null;
        }
        char[] last = new char[4];
        int found = 0;
        for (int i = v.length() - 1; i >= 0 && found < 4; i--) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') { // as the \D it replaces: ASCII digits only
                last[3 - found++] = c;
            }
        }
        return found < 4 ? null : new String(last);
    }

    private static String clip(String s) {
        if (s == null) {
            return "";
        }
        return s.length() > 60 ? s.substring(0, 60) + "…" : s;
    }

    private static ApiException invalid(int index, UUID id, String error, Msg message) {
        return new ApiException(400, error, Msg.of("central.event.nth", index + 1, message), id, index);
    }
}
