package vn.motcua.print;

/** "Vào Sổ theo dõi hồ sơ, Quyển số …, Số thứ tự …": the volume (a year) and the line within it. */
public record LogbookRef(String volume, int line) {
    public String text() {
        return "Quyển số: " + volume + ", Số thứ tự: " + line;
    }
}
