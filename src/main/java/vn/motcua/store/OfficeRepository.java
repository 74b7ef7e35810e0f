package vn.motcua.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import vn.motcua.domain.office.OfficeProfile;

/** The single office row written by setup. */
public final class OfficeRepository {

    public Optional<OfficeProfile> find(Connection c) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM office WHERE id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new OfficeProfile(rs.getString("office_name"), rs.getString("agency_code"),
                    rs.getInt("desk_no"), rs.getString("governing_body"), rs.getString("unit_name"),
                    rs.getString("place_name"), rs.getString("rating_secret"),
                    UUID.fromString(rs.getString("device_id")), SqlValues.ts(rs, "created_at")));
        }
    }

    public void save(Connection c, OfficeProfile p) throws SQLException {
        SqlValues.update(c, "INSERT INTO office (id, office_name, agency_code, desk_no, governing_body, unit_name, "
                        + "place_name, rating_secret, device_id, created_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (id) DO UPDATE SET office_name = excluded.office_name, "
                        + "agency_code = excluded.agency_code, desk_no = excluded.desk_no, "
                        + "governing_body = excluded.governing_body, unit_name = excluded.unit_name, "
                        + "place_name = excluded.place_name, rating_secret = excluded.rating_secret, "
                        + "device_id = excluded.device_id",
                p.officeName(), p.agencyCode(), p.deskNo(), p.governingBody(), p.unitName(), p.placeName(),
                p.ratingSecret(), p.deviceId(), p.createdAt());
    }
}
