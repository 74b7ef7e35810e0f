package vn.motcua.report;

import vn.motcua.domain.citizen.Locality;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.store.SqlValues;

/** Sổ theo dõi hồ sơ (DOMAIN.md §1.2 logbook columns) for dossiers received in a period, in receipt order. */
public final class Logbook {
    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private Logbook() {
    }

    /** One logbook line. */
    public record Line(int no, String code, String content, int sets, String owner, String address, String phone,
                       LocalDateTime receivedAt, LocalDateTime appointmentAt, LocalDateTime returnedAt,
                       String receivedBy, String status) {
    }

    public static List<Line> lines(Connection c, Period p) throws SQLException {
        List<Line> out = new ArrayList<>();
        String sql = "SELECT d.code, coalesce(d.summary, d.procedure_name), d.sets, d.applicant_name, "
                + "d.applicant_address, d.applicant_phone, d.received_at, d.appointment_at, d.returned_at, "
                + ClerkColumns.NAME + ", d.status FROM dossier d "
                + "WHERE d.deleted = 0 AND d.received_at >= ? AND d.received_at < ? ORDER BY d.received_at, d.code";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, p.from().toString());
            ps.setString(2, p.to().plusDays(1).toString());
            try (ResultSet rs = ps.executeQuery()) {
                int no = 0;
                while (rs.next()) {
                    out.add(new Line(++no, rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), SqlValues.ts(rs.getString(7)),
                            SqlValues.ts(rs.getString(8)), SqlValues.ts(rs.getString(9)), rs.getString(10),
                            vn.motcua.domain.dossier.DossierStatus.fromCode(rs.getInt(11))
                                    .map(s -> s.labelVi()).orElse("")));
                }
            }
        }
        return out;
    }

    public static ReportTable table(List<Line> lines, Period p, String unitName) {
        List<List<Object>> rows = new ArrayList<>();
        for (Line l : lines) {
            // The two signature columns stay empty in the export as on paper: they are signed on the printed book.
            rows.add(java.util.Arrays.asList(l.no(), l.code(), l.content(), l.sets(), l.owner(), l.address(),
                    l.phone(), fmt(l.receivedAt()), l.appointmentAt() == null ? "Không có ngày hẹn"
                            : fmt(l.appointmentAt()), fmt(l.returnedAt()), "", "", l.receivedBy(),
                    Locality.of(l.address()), l.status()));
        }
        return new ReportTable("SỔ THEO DÕI HỒ SƠ", List.of(unitName, p.textVi()),
                List.of("STT", "Mã hồ sơ", "Nội dung hồ sơ", "Số lượng (bộ)", "Họ tên chủ hồ sơ", "Địa chỉ",
                        "Số điện thoại", "Ngày tháng năm|Nhận hồ sơ", "Ngày tháng năm|Hẹn trả kết quả",
                        "Trả kết quả|Ngày nhận kết quả", "Trả kết quả|Bên giao (ký tên)",
                        "Trả kết quả|Bên nhận (ký tên)", "Người nhận hồ sơ", "Địa bàn phát sinh",
                        "Ghi chú (trạng thái)"), rows);
    }

    private static String fmt(LocalDateTime t) {
        return t == null ? null : VN.format(t);
    }
}
