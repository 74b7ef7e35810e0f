package vn.motcua.domain.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.motcua.domain.dossier.SequenceBlocks.SequenceExhaustedException;

class SequenceBlocksTest {

    @ParameterizedTest(name = "block {0}, desk {1}: {2}–{3}")
    @CsvSource({
            "1000, 1, 1, 1000",
            "1000, 2, 1001, 2000",
            "1000, 10, 9001, 9999",
            "100, 100, 9901, 9999",
            "5000, 1, 1, 5000",
            "5000, 2, 5001, 9999",
            "3333, 3, 6667, 9999",
            "9999, 1, 1, 9999",
            "1, 9999, 9999, 9999"})
    void deskOwnsItsBlock(int blockSize, int desk, int first, int last) {
        SequenceBlocks blocks = new SequenceBlocks(blockSize);

        assertThat(blocks.first(desk)).isEqualTo(first);
        assertThat(blocks.last(desk)).isEqualTo(last);
        assertThat(blocks.owns(desk, first)).isTrue();
        assertThat(blocks.owns(desk, last)).isTrue();
        assertThat(blocks.owns(desk, first - 1)).isFalse();
        assertThat(blocks.owns(desk, last + 1)).isFalse();
        assertThat(blocks.deskOf(first)).isEqualTo(desk);
        assertThat(blocks.deskOf(last)).isEqualTo(desk);
    }

    @ParameterizedTest(name = "block {0} has room for {1} desks")
    @CsvSource({"1000, 10", "100, 100", "5000, 2", "3333, 3", "3332, 4", "9999, 1", "1, 9999", "4999, 3"})
    void maxDesk_coversTheWholeDailySequence(int blockSize, int maxDesk) {
        assertThat(new SequenceBlocks(blockSize).maxDesk()).isEqualTo(maxDesk);
    }

    @Test
    void default_givesTenDesksOfAThousand() {
        assertThat(SequenceBlocks.DEFAULT.blockSize()).isEqualTo(1000);
        assertThat(SequenceBlocks.DEFAULT.maxDesk()).isEqualTo(10);
    }

    @ParameterizedTest(name = "desk {0} after {1} issues {2}")
    @CsvSource({
            "1, 0, 1",
            "1, 1, 2",
            "1, 999, 1000",
            "2, 0, 1001",
            "2, 1500, 1501",
            "10, 0, 9001",
            "10, 9998, 9999"})
    void next_continuesInTheDesksBlock(int desk, int lastIssued, int expected) {
        assertThat(SequenceBlocks.DEFAULT.next(desk, lastIssued)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "desk {0} exhausted after {1}")
    @CsvSource({"1, 1000", "2, 2000", "10, 9999"})
    void next_afterTheLastNumberOfTheBlock_isExhausted(int desk, int lastIssued) {
        assertThatThrownBy(() -> SequenceBlocks.DEFAULT.next(desk, lastIssued))
                .isInstanceOf(SequenceExhaustedException.class)
                .hasMessageContaining("Quầy " + desk + " đã dùng hết các số thứ tự")
                .satisfies(e -> assertThat(((SequenceExhaustedException) e).desk()).isEqualTo(desk));
    }

    @ParameterizedTest(name = "desk {0} with last {1} refused")
    @CsvSource({"2, 999", "2, 2001", "1, -1", "1, 10000"})
    void next_refusesALastNumberOutsideTheDesksBlock(int desk, int lastIssued) {
        assertThatIllegalArgumentException().isThrownBy(() -> SequenceBlocks.DEFAULT.next(desk, lastIssued))
                .withMessageContaining("không thuộc khối");
    }

    @ParameterizedTest(name = "desk {0} refused")
    @CsvSource({"0", "-1", "11"})
    void deskNumberOutsideRange_isRefused(int desk) {
        SequenceBlocks blocks = SequenceBlocks.DEFAULT;
        String message = "Số quầy phải từ 1 đến 10 khi mỗi quầy có 1000 số thứ tự (đang là " + desk + ")";

        assertThatIllegalArgumentException().isThrownBy(() -> blocks.first(desk)).withMessage(message);
        assertThatIllegalArgumentException().isThrownBy(() -> blocks.last(desk)).withMessage(message);
        assertThatIllegalArgumentException().isThrownBy(() -> blocks.next(desk, 0)).withMessage(message);
        assertThatIllegalArgumentException().isThrownBy(() -> blocks.owns(desk, 1)).withMessage(message);
    }

    @ParameterizedTest(name = "block size {0} refused")
    @CsvSource({"0", "-5", "10000"})
    void blockSizeOutside1To9999_isRefused(int blockSize) {
        assertThatIllegalArgumentException().isThrownBy(() -> new SequenceBlocks(blockSize))
                .withMessageContaining("phải từ 1 đến 9999");
    }

    @Test
    void blocks_areContiguousAndDisjointForEveryBlockSizeFrom100To5000() {
        for (int size = 100; size <= 5000; size++) {
            SequenceBlocks blocks = new SequenceBlocks(size);
            assertThat(blocks.first(1)).as("size %d", size).isEqualTo(1);
            for (int desk = 1; desk < blocks.maxDesk(); desk++) {
                assertThat(blocks.first(desk + 1)).as("size %d desk %d", size, desk).isEqualTo(blocks.last(desk) + 1);
                assertThat(blocks.last(desk)).isGreaterThanOrEqualTo(blocks.first(desk));
                assertThat(blocks.owns(desk + 1, blocks.last(desk))).isFalse();
                assertThat(blocks.owns(desk, blocks.first(desk + 1))).isFalse();
            }
            assertThat(blocks.last(blocks.maxDesk())).as("size %d", size).isEqualTo(DossierCode.MAX_SEQUENCE);
        }
    }

    @ParameterizedTest(name = "block size {0}: every number has exactly one desk")
    @CsvSource({"100", "101", "333", "1000", "2500", "4999", "5000"})
    void everySequenceNumber_isOwnedByExactlyOneDesk(int blockSize) {
        SequenceBlocks blocks = new SequenceBlocks(blockSize);
        for (int sequence = 1; sequence <= DossierCode.MAX_SEQUENCE; sequence++) {
            int owners = 0;
            for (int desk = 1; desk <= blocks.maxDesk(); desk++) {
                owners += blocks.owns(desk, sequence) ? 1 : 0;
            }
            assertThat(owners).as("owners of %d", sequence).isEqualTo(1);
        }
    }

    @ParameterizedTest(name = "block size {0}: desks 1 and 2 issue different numbers all day")
    @CsvSource({"100", "777", "1000", "5000"})
    void twoDesksIssuingAllDay_neverCollide(int blockSize) {
        SequenceBlocks blocks = new SequenceBlocks(blockSize);
        Set<Integer> issued = new HashSet<>();
        for (int desk = 1; desk <= 2; desk++) {
            int last = 0;
            while (last != blocks.last(desk)) {
                last = blocks.next(desk, last);
                assertThat(issued.add(last)).as("desk %d issued %d twice", desk, last).isTrue();
            }
        }
        assertThat(issued).hasSize(blocks.last(2));
    }
}
