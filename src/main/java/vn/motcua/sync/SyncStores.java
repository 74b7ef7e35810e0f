package vn.motcua.sync;

import java.nio.file.Path;
import vn.motcua.store.AttachmentFiles;
import vn.motcua.store.AttachmentRepository;
import vn.motcua.store.AuditRepository;
import vn.motcua.store.CalendarRepository;
import vn.motcua.store.Database;
import vn.motcua.store.DossierRepository;
import vn.motcua.store.OfficeRepository;
import vn.motcua.store.ProcedureRepository;
import vn.motcua.store.RatingRepository;
import vn.motcua.store.SyncOutboxRepository;
import vn.motcua.store.SyncStateRepository;

/**
 * What the sync steps read and write on the desk: the database, its repositories, the attachment folder and the key
 * that seals the device token. Built once ({@link #of}) and handed to every step, so no step makes its own.
 */
public record SyncStores(Database db, SyncStateRepository state, SyncOutboxRepository outbox,
                         RatingRepository ratings, OfficeRepository offices, DossierRepository dossiers,
                         AttachmentRepository attachments, AuditRepository audit, ProcedureRepository procedures,
                         CalendarRepository calendars, Path attachmentRoot, DeviceKey deviceKey) {

    /** The stores of the desk whose data file {@code db} is (attachments and the device key beside it). */
    public static SyncStores of(Database db) {
        return new SyncStores(db, new SyncStateRepository(), new SyncOutboxRepository(), new RatingRepository(),
                new OfficeRepository(db.file()), new DossierRepository(), new AttachmentRepository(),
                new AuditRepository(), new ProcedureRepository(), new CalendarRepository(),
                AttachmentFiles.rootBeside(db.file()), new DeviceKey(db.file().toAbsolutePath().getParent()));
    }
}
