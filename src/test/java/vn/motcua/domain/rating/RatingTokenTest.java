package vn.motcua.domain.rating;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RatingTokenTest {
    // 32 bytes 0x00..0x1f, base64url
    private static final String SECRET = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";

    @Test
    void token_isStableUrlSafeAndOfFixedLength() {
        String t = RatingToken.of(SECRET, "000.00.01.H22-260429-0001");
        assertThat(t).hasSize(RatingToken.LENGTH).matches("[A-Za-z0-9_-]+");
        assertThat(RatingToken.of(SECRET, "000.00.01.H22-260429-0001")).isEqualTo(t);
    }

    @Test
    void token_dependsOnCodeAndSecret() {
        String t = RatingToken.of(SECRET, "000.00.01.H22-260429-0001");
        assertThat(RatingToken.of(SECRET, "000.00.01.H22-260429-0002")).isNotEqualTo(t);
        assertThat(RatingToken.of("AQECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8", "000.00.01.H22-260429-0001"))
                .isNotEqualTo(t);
    }

    @Test
    void verify_acceptsOnlyTheRightToken() {
        String code = "000.00.01.H22-260429-0001";
        String t = RatingToken.of(SECRET, code);
        assertThat(RatingToken.verify(SECRET, code, t)).isTrue();
        assertThat(RatingToken.verify(SECRET, code, t.substring(0, 25) + (t.charAt(25) == 'A' ? 'B' : 'A'))).isFalse();
        assertThat(RatingToken.verify(SECRET, "000.00.01.H22-260429-0002", t)).isFalse();
        assertThat(RatingToken.verify(SECRET, code, null)).isFalse();
        assertThat(RatingToken.verify(SECRET, code, "")).isFalse();
    }

    @Test
    void keyId_namesTheSecret_andLegacyTokensStillVerify() {
        String code = "000.00.01.H22-260429-0001";
        String t = RatingToken.of(SECRET, code);
        assertThat(RatingToken.keyIdOf(t)).isEqualTo(RatingToken.keyId(SECRET)).hasSize(RatingToken.KEY_ID_LENGTH);
        String other = "AQECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8";
        assertThat(RatingToken.keyId(other)).isNotEqualTo(RatingToken.keyId(SECRET));
        String legacy = t.substring(RatingToken.KEY_ID_LENGTH);
        assertThat(legacy).hasSize(RatingToken.LEGACY_LENGTH);
        assertThat(RatingToken.keyIdOf(legacy)).isNull();
        assertThat(RatingToken.verify(SECRET, code, legacy)).isTrue();
        // the right MAC under another key's id is refused
        assertThat(RatingToken.verify(SECRET, code, RatingToken.keyId(other) + legacy)).isFalse();
    }
}
