package vn.motcua.report;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** A reporting period, both ends included ("Từ ngày … đến ngày …"). */
public record Period(LocalDate from, LocalDate to) {
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public Period {
        if (from == null || to == null) {
            throw new IllegalArgumentException("Kỳ báo cáo cần ngày bắt đầu và ngày kết thúc.");
        }
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("Ngày kết thúc kỳ báo cáo phải sau ngày bắt đầu.");
        }
        if (from.plusYears(5).isBefore(to)) {
            throw new IllegalArgumentException("Kỳ báo cáo dài tối đa 5 năm.");
        }
    }

    /** "Từ ngày 01/04/2026 đến ngày 30/06/2026". */
    public String textVi() {
        return "Từ ngày " + VN.format(from) + " đến ngày " + VN.format(to);
    }
}
