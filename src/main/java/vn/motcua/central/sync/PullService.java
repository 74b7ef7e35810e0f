package vn.motcua.central.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import vn.motcua.domain.dossier.DossierStatus;
import vn.motcua.sync.wire.AttachmentMeta;
import vn.motcua.sync.wire.Change;
import vn.motcua.sync.wire.ChangeKind;
import vn.motcua.sync.wire.PullPage;
import vn.motcua.sync.wire.WireJson;

/**
 * Changes of the device's office after a cursor: its dossiers (all desks', latest state), ratings, the province
 * documents and the office's province-managed accounts. Cursors are the office's change numbers (see {@code OfficeSequence}); each kind is read with an index
 * range scan on {@code (office_code, change_seq)} and the three lists are merged. Stored JSON (dossiers, documents) is
 * written out as it is, without parsing it again.
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
        long cursor = QueryParams.number(since, "since", 0, Long.MAX_VALUE, 0L);
        int max = (int) QueryParams.number(limit, "limit", 1, MAX_LIMIT, (long) DEFAULT_LIMIT);
        String office = device.officeCode();
        List<Change> changes = db.read(c -> {
            List<Change> all = new ArrayList<>();
            var changed = dossiers.changesSince(c, office, cursor, max + 1);
            List<String> ids = changed.stream().map(DossierRepository.DossierChange::id).toList();
            var progress = dossiers.progressForPull(c, ids);
            var attachments = blobs.attachmentsOf(c, ids);
            var apologies = trust.apologiesOf(c, ids);
            for (var d : changed) {
                ObjectNode data = WireJson.mapper().createObjectNode();
                data.putRawValue("dossier", StoredJson.raw(d.data()));
                data.put("status", d.status());
                data.put("version", d.version());
                data.set("progress", progressData(progress.getOrDefault(d.id(), List.of())));
                data.set("attachments", attachmentData(attachments.getOrDefault(d.id(), List.of())));
                data.set("apologies", apologyData(apologies.getOrDefault(d.id(), List.of())));
                if (d.lastDevice() != null) {
                    ObjectNode by = data.putObject("by");
                    by.put("deviceId", d.lastDevice());
                    if (d.lastDeskNo() != null) {
                        by.put("deskNo", d.lastDeskNo());
                    }
                }
                all.add(new Change(d.seq(), ChangeKind.DOSSIER, d.id(), false, data));
            }
            for (StoredRating r : ratings.changesSince(c, office, cursor, max + 1)) {
                all.add(new Change(r.changeSeq(), ChangeKind.RATING, r.dossierCode(), false, ratingData(r)));
            }
            for (var r : trust.counterRatingsSince(c, office, cursor, max + 1)) {
                all.add(new Change(r.seq(), ChangeKind.COUNTER_RATING, r.rating().dossierCode(), false,
                        counterRatingData(r.rating())));
            }
            for (var d : dossiers.documentChangesSince(c, office, cursor, max + 1)) {
                ObjectNode data = WireJson.mapper().createObjectNode();
                data.put("version", d.version());
                data.putRawValue("document", new RawValue(d.data()));
                all.add(new Change(d.seq(), ChangeKind.valueOf(d.kind()), d.kind(), false, data));
            }
            for (OfficeAccount a : accounts.changesSince(c, office, cursor, max + 1)) {
                all.add(new Change(a.changeSeq(), ChangeKind.ACCOUNT, a.username(), false, accountData(a)));
            }
            return all;
        });
        changes.sort(Comparator.comparingLong(Change::seq));
        boolean more = changes.size() > max;
        List<Change> page = more ? List.copyOf(changes.subList(0, max)) : changes;
        long next = page.isEmpty() ? cursor : page.get(page.size() - 1).seq();
        return new PullPage(WireJson.PROTOCOL, page, Long.toString(next), more);
    }

    /**
     * The whole progress log; rows stored before the server kept the desk's entry (schema v1) are rebuilt from the
     * columns it had.
     */
    private static ArrayNode progressData(List<DossierRepository.PulledProgress> rows) {
        ArrayNode out = WireJson.mapper().createArrayNode();
        for (DossierRepository.PulledProgress p : rows) {
            if (p.data() != null) {
                out.addRawValue(StoredJson.raw(p.data()));
            } else {
                ObjectNode e = out.addObject();
                e.put("at", p.at());
                e.put("action", p.action());
                e.put("status", DossierStatus.fromCode(p.status()).map(Enum::name).orElse("NEW"));
                if (p.note() != null) {
                    e.put("note", p.note());
                }
            }
        }
        return out;
    }

    private static ArrayNode attachmentData(List<AttachmentRow> rows) {
        ArrayNode out = WireJson.mapper().createArrayNode();
        for (AttachmentRow a : rows) {
            out.addPOJO(new AttachmentMeta(UUID.fromString(a.id()), UUID.fromString(a.dossierId()), a.documentIndex(),
                    a.documentName(), a.sha256(), a.fileName(), a.mediaType(), a.sizeBytes(), a.addedAt(),
                    a.addedBy()));
        }
        return out;
    }

    private static ArrayNode apologyData(List<vn.motcua.central.store.TrustRepository.Apology> rows) {
        ArrayNode out = WireJson.mapper().createArrayNode();
        for (var a : rows) {
            ObjectNode o = out.addObject();
            o.put("eventId", a.eventId());
            o.put("reason", a.reason());
            if (a.previousAppointment() != null) {
                o.put("previousAppointment", a.previousAppointment());
            }
            o.put("newAppointment", a.newAppointment());
            o.put("createdAt", a.createdAt());
            o.put("createdBy", a.createdBy());
            o.put("deviceId", a.deviceId());
        }
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
