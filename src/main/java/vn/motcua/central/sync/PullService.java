package vn.motcua.central.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.motcua.central.store.BlobRepository;
import vn.motcua.central.store.BlobRepository.AttachmentRow;
import vn.motcua.central.store.CentralDatabase;
import vn.motcua.central.store.CentralStoreException;
import vn.motcua.central.store.Device;
import vn.motcua.central.store.DossierRepository;
import vn.motcua.central.store.OfficeAccount;
import vn.motcua.central.store.OfficeAccountRepository;
import vn.motcua.central.store.RatingRepository;
import vn.motcua.central.store.RatingRepository.StoredRating;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.ChangeKind;
import vn.motcua.sync.wire.PullPage;
import vn.motcua.sync.wire.WireJson;

/**
 * Changes of the device's office after a cursor: its dossiers (all desks', latest state), ratings, the province
 * documents and the office's province-managed accounts. Cursors are the office's change numbers (see {@code OfficeSequence}); each kind is read with an index
 * range scan on {@code (office_code, change_seq)} and the three lists are merged. Stored JSON (dossiers, documents) is
 * written out as it is, without parsing it again, and the answer is streamed into the response ({@link PullAnswer}).
 */
public final class PullService {
    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    private final CentralDatabase db;
    private final DossierRepository dossiers;
    private final RatingRepository ratings;
    private final BlobRepository blobs;
    private final OfficeAccountRepository accounts;
    private final vn.motcua.central.store.TrustRepository trust;

    public PullService(CentralDatabase db, DossierRepository dossiers, RatingRepository ratings, BlobRepository blobs,
                       OfficeAccountRepository accounts, vn.motcua.central.store.TrustRepository trust) {
        this.trust = trust;
        this.db = db;
        this.dossiers = dossiers;
        this.ratings = ratings;
        this.blobs = blobs;
        this.accounts = accounts;
    }

    /**
     * @param since the cursor as sent (null or blank: from the start)
     * @param limit as sent (null: {@value #DEFAULT_LIMIT})
     */
    public PullPage pull(Device device, String since, String limit) {
        return read(device, since, limit).toPage();
    }

    /**
     * Reads one page for the device, all in one read transaction: the answer's rows, ready to be written out as the
     * pull's JSON ({@link PullAnswer#writeTo}) after the connection is back in the pool.
     *
     * @param since the cursor as sent (null or blank: from the start)
     * @param limit as sent (null: {@value #DEFAULT_LIMIT})
     */
    public PullAnswer read(Device device, String since, String limit) {
        long cursor = QueryParams.number(since, "since", 0, Long.MAX_VALUE, 0L);
        int max = (int) QueryParams.number(limit, "limit", 1, MAX_LIMIT, (long) DEFAULT_LIMIT);
        String office = device.officeCode();
        return db.read(c -> {
            if (cursor >= dossiers.lastChange(c, office)) {
                // nothing new for this desk (the usual pull of a desk that is up to date): one indexed read
                return new PullAnswer(List.of(), Long.toString(cursor), false, Map.of(), Map.of(), Map.of());
            }
            List<PullAnswer.Entry> all = new ArrayList<>();
            var changed = dossiers.changesSince(c, office, cursor, max + 1);
            for (var d : changed) {
                all.add(new PullAnswer.Entry(d.seq(), ChangeKind.DOSSIER, d.id(), d, null));
            }
            for (StoredRating r : ratings.changesSince(c, office, cursor, max + 1)) {
                all.add(new PullAnswer.Entry(r.changeSeq(), ChangeKind.RATING, r.dossierCode(), null, ratingData(r)));
            }
            for (var r : trust.counterRatingsSince(c, office, cursor, max + 1)) {
                all.add(new PullAnswer.Entry(r.seq(), ChangeKind.COUNTER_RATING, r.rating().dossierCode(), null,
                        counterRatingData(r.rating())));
            }
            for (var d : dossiers.documentChangesSince(c, office, cursor, max + 1)) {
                ObjectNode data = WireJson.mapper().createObjectNode();
                data.put("version", d.version());
                data.putRawValue("document", new RawValue(d.data()));
                all.add(new PullAnswer.Entry(d.seq(), ChangeKind.valueOf(d.kind()), d.kind(), null, data));
            }
            for (OfficeAccount a : accounts.changesSince(c, office, cursor, max + 1)) {
                all.add(new PullAnswer.Entry(a.changeSeq(), ChangeKind.ACCOUNT, a.username(), null, accountData(a)));
            }
            if (all.size() > 1) {
                all.sort(Comparator.comparingLong(PullAnswer.Entry::seq));
            }
            boolean more = all.size() > max;
            List<PullAnswer.Entry> page = more ? all.subList(0, max) : all;
            long next = page.isEmpty() ? cursor : page.get(page.size() - 1).seq();
            // the extra rows read past the page are not sent: their progress, files and apologies are not needed
            List<String> ids = new ArrayList<>(page.size());
            for (PullAnswer.Entry e : page) {
                if (e.dossier() != null) {
                    ids.add(e.dossier().id());
                }
            }
            return new PullAnswer(List.copyOf(page), Long.toString(next), more,
                    ids.isEmpty() ? Map.of() : dossiers.progressForPull(c, ids),
                    ids.isEmpty() ? Map.of() : attachmentMeta(blobs.attachmentsOf(c, ids)),
                    ids.isEmpty() ? Map.of() : trust.apologiesOf(c, ids));
        });
    }

    private static Map<String, List<AttachmentMeta>> attachmentMeta(Map<String, List<AttachmentRow>> rows) {
        Map<String, List<AttachmentMeta>> out = new HashMap<>();
        rows.forEach((id, list) -> out.put(id, list.stream().map(a -> new AttachmentMeta(UUID.fromString(a.id()),
                UUID.fromString(a.dossierId()), a.documentIndex(), a.documentName(), a.sha256(), a.fileName(),
                a.mediaType(), a.sizeBytes(), a.addedAt(), a.addedBy())).toList()));
        return out;
    }

    private static ObjectNode counterRatingData(vn.motcua.central.store.TrustRepository.CounterRating r) {
        ObjectNode data = WireJson.mapper().createObjectNode();
        data.put("dossierCode", r.dossierCode());
        data.put("dossierId", r.dossierId());
        data.put("level", r.level());
        if (r.reason() != null) {
            data.put("reason", r.reason());
        }
        data.put("ratedAt", r.ratedAt());
        data.put("deskUser", r.deskUser());
        data.put("eventId", r.eventId());
        return data;
    }

    static ObjectNode ratingData(StoredRating r) {
        ObjectMapper m = WireJson.mapper();
        ObjectNode data = m.createObjectNode();
        data.put("dossierCode", r.dossierCode());
        if (r.dossierId() != null) {
            data.put("dossierId", r.dossierId());
        }
        data.put("level", r.level());
        if (r.reason() != null) {
            data.put("reason", r.reason());
        }
        if (r.criteria() != null) {
            data.set("criteria", tree(r.criteria()));
        }
        data.put("channel", r.channel());
        data.put("ratedAt", r.ratedAt().toString());
        data.put("updatedAt", r.updatedAt().toString());
        return data;
    }

    /** An office account as it comes down: what a desk needs to let the user sign in offline. */
    static ObjectNode accountData(OfficeAccount a) {
        ObjectNode data = WireJson.mapper().createObjectNode();
        data.put("username", a.username());
        data.put("fullName", a.fullName());
        data.put("role", a.role());
        data.put("active", a.active());
        data.put("passwordHash", a.passwordHash());
        data.put("mustChangePassword", a.mustChangePassword());
        data.put("updatedAt", a.updatedAt().toString());
        return data;
    }

    private static JsonNode tree(String json) {
        try {
            return WireJson.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new CentralStoreException("stored JSON is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
