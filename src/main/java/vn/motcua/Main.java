package vn.motcua;

import vn.motcua.cli.ClassDataSharing;
import vn.motcua.cli.StartPath;

/** Plain launcher (not an {@code Application} subclass, so the shaded jar can start JavaFX later). */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // java -jar motcua.jar opening the desk: run it in a JVM with the class-data archive (decision 0022)
        int relaunched = ClassDataSharing.relaunchDesk(args);
        System.exit(relaunched >= 0 ? relaunched : StartPath.run(args));
    }
}
