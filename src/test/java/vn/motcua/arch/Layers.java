package vn.motcua.arch;

import java.util.List;
import java.util.Set;

/**
 * The one list of layers and of the edges between them (decision 0016). {@link ArchitectureTest} builds its ArchUnit
 * {@code layeredArchitecture()} from it, and {@link LayerTableTest} checks that the table in docs/architecture.md
 * says exactly the same. A new edge fails the build until it is added here, with its reason, and to the table.
 *
 * <p>Layers are defined by package ({@code vn.motcua.<packages>..}), so a new class or sub-package falls into its
 * layer without touching this list.
 */
final class Layers {
    private Layers() {
    }

    /** One layer: its packages below {@code vn.motcua}, the layers it may use, and why each edge is there. */
    record Layer(String name, List<String> packages, List<String> excluding, List<Edge> mayUse) {
        Set<String> mayUseNames() {
            return new java.util.LinkedHashSet<>(mayUse.stream().map(Edge::layer).toList());
        }
    }

    /** An allowed edge and its reason (the "because" the rule prints and the table shows). */
    record Edge(String layer, String because) {
    }

    /**
     * A dependency allowed although its layers have no edge, named class by class: {@code from} classes in the
     * layer may use exactly these classes of the other layer.
     */
    record Exception(String fromLayer, List<String> classes, String because) {
    }

    static Edge edge(String layer, String because) {
        return new Edge(layer, because);
    }

    static final List<Layer> ALL = List.of(
            new Layer("Domain", List.of("domain"), List.of(), List.of()),
            new Layer("Auth", List.of("auth"), List.of(), List.of()),
            new Layer("Files", List.of("files"), List.of(), List.of()),
            new Layer("Store", List.of("store"), List.of(), List.of(
                    edge("Domain", "repositories read and write domain records"),
                    edge("Files", "the database file and its WAL/SHM are created private"),
                    edge("Auth", "the office row's rating secret and device token are sealed at rest (decision 0005)"))),
            new Layer("Print", List.of("print"), List.of(), List.of(
                    edge("Domain", "forms show dossiers, procedures and offices"))),
            new Layer("Report", List.of("report"), List.of(), List.of(
                    edge("Domain", "reports count dossiers by their status and dates"),
                    edge("Store", "reports read the desk database through its repositories"),
                    edge("Print", "report PDFs are laid out by the print package"))),
            new Layer("SyncWire", List.of("sync.wire"), List.of(), List.of(
                    edge("Domain", "messages carry domain values (statuses, dossiers)"))),
            new Layer("SyncEngine", List.of("sync"), List.of("sync.wire"), List.of(
                    edge("Domain", "applies pulled changes to domain records"),
                    edge("Store", "reads the outbox and writes pulled dossiers"),
                    edge("SyncWire", "speaks protocol v1"),
                    edge("Auth", "seals the device token"))),
            new Layer("Service", List.of("service"), List.of(), List.of(
                    edge("Domain", "use cases apply the domain rules"),
                    edge("Store", "one transaction on the one writer per use case"),
                    edge("Auth", "password hashing and sealed secrets"),
                    edge("Files", "backups and data folders are private files"),
                    edge("Print", "PrintService renders forms (PDF, printers) in the use case that audits them"),
                    edge("Report", "exports and the satisfaction figures are role-checked, audited use cases"),
                    edge("SyncEngine", "SyncService wraps the engine with role checks; it hands out no JavaFX type"))),
            new Layer("Central", List.of("central"), List.of(), List.of(
                    edge("Domain", "the server applies the same rules as the desk"),
                    edge("SyncWire", "speaks protocol v1"),
                    edge("Auth", "province accounts' passwords and sealed rating keys"),
                    edge("Files", "its data folder, keys and uploaded files are private"),
                    edge("Report", "province figures and exports reuse report periods and tables (issue 16)"))),
            new Layer("Desk", List.of("desk"), List.of(), List.of(
                    edge("Domain", "screens show domain values"),
                    edge("Service", "every action goes through a service"),
                    edge("Store", "records the services return (rows, stored attachments)"),
                    edge("Print", "the print preview shows forms and paper formats"),
                    edge("Report", "report screens show report records"))),
            new Layer("Cli", List.of("cli"), List.of(), List.of(
                    edge("Domain", "the command line may use every layer: commands parse, call and print JSON"),
                    edge("Auth", "every layer"),
                    edge("Files", "every layer"),
                    edge("Store", "every layer"),
                    edge("Print", "every layer"),
                    edge("Report", "every layer"),
                    edge("SyncWire", "every layer"),
                    edge("SyncEngine", "every layer"),
                    edge("Service", "every layer"),
                    edge("Central", "`motcua central …` runs the server"),
                    edge("Desk", "`motcua` with no command opens the desk window"))),
            new Layer("Launcher", List.of(""), List.of(), List.of(
                    edge("Cli", "`vn.motcua.Main` starts the command line"))));

    /** Named exceptions: classes of a layer another layer may use without the whole edge. */
    static final List<Exception> EXCEPTIONS = List.of(
            new Exception("Desk", List.of("vn.motcua.sync.SyncStatus", "vn.motcua.sync.SyncReport",
                    "vn.motcua.sync.SyncException", "vn.motcua.sync.SyncEngine$Enrolled"),
                    "the status bar and the enrol dialog show the engine's result records (handed out by SyncService); "
                            + "the desk never calls the engine itself"));
}
