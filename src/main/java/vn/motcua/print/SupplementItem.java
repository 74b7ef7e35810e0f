package vn.motcua.print;

/**
 * One line of a supplement request as typed: "Tên giấy tờ | bản chính | bản chứng thực | bản photo", the counts
 * optional ("Giấy khai sinh | 1" asks for one original). A count left out, or not a number from 0 to 99, prints as an
 * empty cell to fill in by hand.
 */
record SupplementItem(String name, Integer originals, Integer certified, Integer photocopies) {

    static SupplementItem parse(String line) {
        String[] parts = line.split("\\|", -1);
        String name = parts[0].strip();
        return new SupplementItem(name.isEmpty() ? line.strip() : name, count(parts, 1), count(parts, 2),
                count(parts, 3));
    }

    private static Integer count(String[] parts, int i) {
        if (i >= parts.length) {
            return null;
        }
        String t = parts[i].strip();
        if (!t.matches("\\d{1,2}")) {
            return null;
        }
        return Integer.valueOf(t);
    }
}
