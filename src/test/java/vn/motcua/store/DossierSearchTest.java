package vn.motcua.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.domain.dossier.Dossier;
import vn.motcua.service.DeskFixture;

class DossierSearchTest {
    @TempDir
    Path dir;
    DeskFixture desk;

    @BeforeEach
    void setUp() {
        desk = DeskFixture.create(dir, 1, LocalDateTime.of(2026, 11, 20, 9, 0));
        desk.register("1.004873", "2026-04-29T15:30", "Nguyễn Văn Đức");
        desk.register("1.001193", "2026-04-29T15:40", "Đặng Thị Hường");
        desk.register("1.000656", "2026-04-30T08:00", "Nguyễn Văn Dũng");
    }

    @AfterEach
    void tearDown() {
        desk.close();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
        nguyen van duc       | Nguyễn Văn Đức
        Nguyễn Văn Đức       | Nguyễn Văn Đức
        NGUYEN VAN DUC       | Nguyễn Văn Đức
        duc                  | Nguyễn Văn Đức
        dang thi huong       | Đặng Thị Hường
        đặng thị             | Đặng Thị Hường
        huong khai sinh      | Đặng Thị Hường
        dung                 | Nguyễn Văn Dũng
        """)
    void search_ignoresDiacriticsAndFoldsD(String query, String expectedName) {
        assertThat(desk.ctx().dossiers().search(query, 10))
                .extracting(d -> d.applicant().fullName())
                .containsExactly(expectedName);
    }

    @Test
    void search_byCodeIdNumberAndPhonePrefix() {
        assertThat(desk.ctx().dossiers().search("260429-0002", 10)).extracting(Dossier::code)
                .containsExactly("000.00.01.H22-260429-0002");
        assertThat(desk.ctx().dossiers().search("038095", 10)).hasSize(3);
        assertThat(desk.ctx().dossiers().search("0912345678", 10)).hasSize(3);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        '"'
        'duc" OR "'
        '*'
        'NEAR(a b)'
        '   '
        '-nguyen'
        """)
    void search_withFtsSyntaxCharacters_neverFails(String hostile) {
        assertThat(desk.ctx().dossiers().search(hostile, 10)).isNotNull();
    }

    @Test
    void ftsQuery_isQuotedPrefixTerms() {
        assertThat(DossierRepository.ftsQuery("Nguyễn  Văn \"Đức\"")).isEqualTo("\"nguyen\"* \"van\"* \"duc\"*");
        assertThat(DossierRepository.ftsQuery(" ")).isEmpty();
    }

    @Test
    void kind_ofEachQuery() {
        assertThat(DossierSearch.kind("000.00.01.H22-260429-0002")).isEqualTo(DossierSearch.Kind.CODE);
        assertThat(DossierSearch.kind("038095001234")).isEqualTo(DossierSearch.Kind.ID_NUMBER);
        assertThat(DossierSearch.kind("123456789")).isEqualTo(DossierSearch.Kind.ID_NUMBER);
        assertThat(DossierSearch.kind("0912345678")).isEqualTo(DossierSearch.Kind.PHONE);
        assertThat(DossierSearch.kind("038")).isEqualTo(DossierSearch.Kind.DIGITS_PREFIX);
        assertThat(DossierSearch.kind("Nguyễn Văn Đức")).isEqualTo(DossierSearch.Kind.WORDS);
    }

    @Test
    void search_exactKinds_byIndex() {
        assertThat(desk.ctx().dossiers().search("000.00.01.H22-260429-0002", 10)).extracting(Dossier::code)
                .containsExactly("000.00.01.H22-260429-0002");
        assertThat(desk.ctx().dossiers().search("000.00.01.H22-260429-0009", 10)).isEmpty();
        // ID number and phone: all three share them; newest stored first
        assertThat(desk.ctx().dossiers().search("038095001234", 10)).extracting(d -> d.applicant().fullName())
                .containsExactly("Nguyễn Văn Dũng", "Đặng Thị Hường", "Nguyễn Văn Đức");
        assertThat(desk.ctx().dossiers().search("0912345678", 2)).extracting(d -> d.applicant().fullName())
                .containsExactly("Nguyễn Văn Dũng", "Đặng Thị Hường");
    }

    @Test
    void search_digitsPrefix_scanFillsThePageOrTheIndexAnswers() {
        // the page of 2 is filled by the scan of the newest dossiers
        assertThat(desk.ctx().dossiers().search("0380", 2)).extracting(d -> d.applicant().fullName())
                .containsExactly("Nguyễn Văn Dũng", "Đặng Thị Hường");
        // a page the scan cannot fill is answered by the full-text prefix query: the same order, nothing lost
        assertThat(desk.ctx().dossiers().search("0380", 10)).hasSize(3);
        assertThat(desk.ctx().dossiers().search("26042", 10)).extracting(Dossier::code)
                .containsExactly("000.00.01.H22-260429-0002", "000.00.01.H22-260429-0001");
        assertThat(desk.ctx().dossiers().search("0399", 10)).isEmpty();
    }

    @Test
    void search_wholeWordsBeforePrefixes_newestFirst() {
        desk.register("1.004873", "2026-04-30T09:00", "Nguyễn Vàng");
        // "van" as a whole word: the two Văn first (newest first); then the prefix-only match (Vàng)
        assertThat(desk.ctx().dossiers().search("nguyen van", 10)).extracting(d -> d.applicant().fullName())
                .containsExactly("Nguyễn Văn Dũng", "Nguyễn Văn Đức", "Nguyễn Vàng");
        assertThat(desk.ctx().dossiers().search("nguyen van", 2)).extracting(d -> d.applicant().fullName())
                .containsExactly("Nguyễn Văn Dũng", "Nguyễn Văn Đức");
        assertThat(desk.ctx().dossiers().search("ngu va", 10)).hasSize(3);
    }
}
