package vn.motcua.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.motcua.central.ApiException;
import vn.motcua.domain.text.Msg;
import vn.motcua.sync.wire.ErrorBody;
import vn.motcua.sync.wire.WireJson;

/** Issue 19: the error body's optional key and arguments, on both ends of the wire. */
class ErrorBodyKeyTest {

    @Test
    void aKeyWithTextArguments_travels_aNestedMessageGoesAsVietnameseTextOnly() {
        ErrorBody plain = new ApiException(404, "UNKNOWN_OFFICE", Msg.of("central.enroll.unknownOffice", "X1"))
                .body();
        assertThat(plain.key()).isEqualTo("central.enroll.unknownOffice");
        assertThat(plain.args()).containsExactly("X1");
        assertThat(plain.message()).isEqualTo(Msg.of("central.enroll.unknownOffice", "X1").vi());

        Msg nested = Msg.of("central.enroll.unknownOffice", Msg.of("central.auth.revoked"));
        ErrorBody mixed = ApiException.body("X", nested, null, 2);
        assertThat(mixed.key()).isNull();
        assertThat(mixed.args()).isNull();
        assertThat(mixed.message()).isEqualTo(nested.vi());
        assertThat(mixed.index()).isEqualTo(2);

        ErrorBody text = new ApiException(400, "BAD", "Lý do").body();
        assertThat(text.key()).isNull();
        assertThat(text.message()).isEqualTo("Lý do");
    }

    @Test
    void theDesk_rendersAKnownKey_andFallsBackToTheTextForAnUnknownOneOrAnOldServer() throws Exception {
        Msg known = SyncClient.reason(new ErrorBody("UNKNOWN_OFFICE", "vi", null, null,
                "central.enroll.unknownOffice", List.of("X1")));
        assertThat(known.render(Locale.ENGLISH)).isEqualTo(Msg.of("central.enroll.unknownOffice", "X1")
                .render(Locale.ENGLISH)).contains("X1").doesNotContain("⟦");
        Msg newer = SyncClient.reason(new ErrorBody("NEW", "Lý do mới", null, null, "central.fromTheFuture",
                List.of()));
        assertThat(newer.render(Locale.ENGLISH)).isEqualTo("Lý do mới");
        // an answer of a server before issue 19: no key at all
        ErrorBody old = WireJson.mapper().readValue("{\"error\":\"UNAUTHORIZED\",\"message\":\"Cũ\"}",
                ErrorBody.class);
        assertThat(SyncClient.reason(old).render(Locale.ENGLISH)).isEqualTo("Cũ");
        // and an old desk reading a new answer: the unknown fields are ignored (the shape of the pre-19 record)
        record OldBody(String error, String message, java.util.UUID eventId, Integer index) {
        }
        OldBody read = WireJson.mapper().readValue(WireJson.mapper().writeValueAsString(
                new ErrorBody("E", "Lý do", null, null, "central.auth.revoked", List.of())), OldBody.class);
        assertThat(read.message()).isEqualTo("Lý do");
    }

    @Test
    void aStoredMessage_roundTrips_nestedArgumentsIncluded() {
        Msg m = Msg.of("central.enroll.unknownOffice", Msg.of("central.auth.revoked"));
        assertThat(MsgJson.read(MsgJson.write(m))).isEqualTo(m);
        assertThat(MsgJson.write(Msg.text("x"))).isNull();
        assertThat(MsgJson.read("not json")).isNull();
    }
}
