package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import vn.motcua.central.ApiException;
import vn.motcua.domain.dossier.DossierAction;
import vn.motcua.domain.dossier.RegistrationRequest;
import vn.motcua.domain.fee.PaymentMethod;
import vn.motcua.domain.text.Msg;
import vn.motcua.store.SyncOutboxRepository.Quarantined;
import vn.motcua.sync.wire.ErrorBody;
import vn.motcua.sync.wire.EventResult;
import vn.motcua.sync.wire.WireJson;
import vn.motcua.sync.wire.WireMsg;

/**
 * Issue 15 / decision 0030: a refused event's reason and a whole batch's refusal (a message built of messages, e.g.
 * "Event 1 (dossier …): action «…» may not change …") reach the desk as keys with their arguments, nested ones too,
 * through a real central server; the quarantine list says them in English on an English desk, in Vietnamese on a
 * Vietnamese one, and the Vietnamese text stays for the command line and older desks. A reason without a key (an
 * older rig.server()) is shown as it came.
 */
class QuarantineReasonLanguageTest {
    private static final String OFFICE = SyncRig.OFFICE;

    @RegisterExtension
    final SyncRig rig = SyncRig.enrolled(2);

    /** True when {@code s} has a letter only Vietnamese uses (ă â đ ê ô ơ ư or a tone mark). */
    static boolean vietnamese(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        return d.chars().anyMatch(c -> (c >= 0x0300 && c <= 0x036F) || c == 'đ' || c == 'Đ');
    }

    private static String shown(Quarantined q, Locale l) {
        return MsgJson.readOr(q.reasonMsg(), q.reason()).render(l);
    }

    private String register() {
        return rig.desk(1).registration().register(new RegistrationRequest("1.004873", "direct", "counter",
                LocalDateTime.now(rig.desk(1).clock()).minusHours(1).withNano(0).toString(),
                new RegistrationRequest.Person("Nguyễn Văn Đức", "038095012345", null, "0912345678", null,
                        "Thôn 1, xã Quảng Phú"), null,
                List.of(new RegistrationRequest.DocumentLine("Tờ khai theo mẫu", 1, 0, true)), 1, null, null),
                TestDesks.admin(rig.desk(1))).dossier().code();
    }

    @Test
    void aRefusedEvent_andAWholeBatchRefusal_areShownInTheClerksLanguage() {
        String code = register();
        assertThat(rig.sync(1).syncOnce().ok()).isTrue();
        assertThat(rig.sync(2).syncOnce().ok()).isTrue();

        // 1. one event refused by the rules (the fee was already recorded at another desk): quarantined, with a key
        rig.desk(1).fees().markPaid(code, PaymentMethod.TRANSFER, TestDesks.admin(rig.desk(1)), "FT2612345");
        rig.desk(2).fees().markPaid(code, PaymentMethod.CASH, TestDesks.admin(rig.desk(2)), null);
        assertThat(rig.sync(1).syncOnce().ok()).isTrue();
        assertThat(rig.sync(2).syncOnce().rejected()).isEqualTo(1);
        Quarantined fee = rig.desk(2).sync().engine().quarantined(false).get(0);
        assertThat(fee.code()).isEqualTo("FEE_ALREADY_PAID");
        assertThat(fee.reason()).isEqualTo(Msg.of("central.push.feeAlreadyPaid", code).vi()); // CLI, older desks
        assertThat(shown(fee, Locale.ENGLISH)).isEqualTo(Msg.of("central.push.feeAlreadyPaid", code)
                .render(Locale.ENGLISH));
        assertThat(vietnamese(shown(fee, Locale.ENGLISH))).as(shown(fee, Locale.ENGLISH)).isFalse();
        assertThat(shown(fee, Locale.forLanguageTag("vi"))).isEqualTo(fee.reason());
        assertThat(rig.desk(2).sync().engine().resolve(fee.seq(), "admin", "đã hoàn tiền")).isTrue();

        // 2. a whole batch refused because of one event, with messages inside the message (which event, which
        // action, which field): the whole sentence in English
        rig.desk(2).database().write(c -> {
            try (var ps = c.prepareStatement("UPDATE dossier SET applicant_phone = '0999999999' WHERE code = ?")) {
                ps.setString(1, code);
                assertThat(ps.executeUpdate()).isEqualTo(1);
            }
            return null;
        });
        rig.desk(2).dossiers().apply(code, DossierAction.TRANSFER, TestDesks.admin(rig.desk(2)), null, null, null);
        assertThat(rig.sync(2).syncOnce().rejected()).isEqualTo(1);
        Quarantined whole = rig.desk(2).sync().engine().quarantined(false).get(0);
        assertThat(whole.code()).isEqualTo("FACTS_CHANGED");
        String en = shown(whole, Locale.ENGLISH);
        assertThat(en).startsWith("Event 1 (dossier «" + code + "»): action «").contains("may not change");
        assertThat(vietnamese(en)).as(en).isFalse();
        assertThat(shown(whole, Locale.forLanguageTag("vi"))).isEqualTo(whole.reason()).contains("Sự kiện thứ 1");
        assertThat(whole.reasonMsg()).contains("\"central.push.wholeBatch\"").contains("\"central.push.factChanged\"");
    }

    @Test
    void theWireShape_isCompatibleBothWays() throws Exception {
        Msg nested = Msg.of("central.event.nth", 3, Msg.of("dossier.refused", Msg.of("dossier.verb.TRANSFER"),
                Msg.of("dossier.status.DONE")));
        // a new server's answers: the Vietnamese text, and the whole message with its nested messages
        EventResult er = EventResult.rejected(UUID.randomUUID(), "TRANSITION_REFUSED", nested);
        JsonNode json = WireJson.mapper().valueToTree(er);
        assertThat(json.get("message").asText()).isEqualTo(nested.vi());
        assertThat(json.at("/msg/args/1/key").asText()).isEqualTo("dossier.refused");
        EventResult back = WireJson.mapper().treeToValue(json, EventResult.class);
        assertThat(SyncClient.reason(back)).isEqualTo(nested);
        ErrorBody body = ApiException.body("X", nested, null, 2);
        ErrorBody read = WireJson.mapper().readValue(WireJson.mapper().writeValueAsString(body), ErrorBody.class);
        assertThat(SyncClient.reason(read).render(Locale.ENGLISH)).isEqualTo(nested.render(Locale.ENGLISH));
        assertThat(read.key()).isNull(); // desks of issue 19 keep showing the Vietnamese text whole

        // an older desk reads the new answer: the unknown member is ignored
        record OldResult(UUID eventId, String outcome, String code, String message) {
        }
        assertThat(WireJson.mapper().treeToValue(json, OldResult.class).message()).isEqualTo(nested.vi());
        // an older server's answer: no msg, the text as it is
        EventResult old = WireJson.mapper().readValue("{\"eventId\":\"" + UUID.randomUUID()
                + "\",\"outcome\":\"rejected\",\"code\":\"X\",\"message\":\"Lý do cũ\"}", EventResult.class);
        assertThat(SyncClient.reason(old).render(Locale.ENGLISH)).isEqualTo("Lý do cũ");
        // a newer server's key this desk does not know, even nested: the Vietnamese text whole, never half
        EventResult newer = new EventResult(UUID.randomUUID(), er.outcome(), "X", "Lý do mới",
                WireMsg.of(Msg.of("central.event.nth", 1, Msg.of("central.fromTheFuture"))));
        assertThat(SyncClient.reason(newer).render(Locale.ENGLISH)).isEqualTo("Lý do mới");
    }
}
