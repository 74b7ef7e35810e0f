package vn.motcua.central.dashboard;

/** Who is signed in to the dashboard (from a live session): what the services check roles against. */
public record ProvinceActor(String username, String fullName, ProvinceRole role) {
    public boolean admin() {
        return role == ProvinceRole.PROVINCE_ADMIN;
    }
}
