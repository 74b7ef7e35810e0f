package vn.motcua.sync.wire;

import java.util.UUID;

/**
 * A scanned file attached to a document line of a dossier ({@code POST /api/v1/attachments}, and the
 * {@code attachments} list of a pulled dossier). Sent once its blob is complete on the server.
 *
 * @param id            the desk's attachment id (idempotency key)
 * @param dossierId     the dossier it belongs to
 * @param documentIndex position of the document line in the dossier's documents (0-based)
 * @param documentName  the document line's name, as on the receipt
 * @param sha256        the blob holding the bytes
 * @param fileName      the name the file had when attached
 * @param mediaType     {@code application/pdf}, {@code image/jpeg} or {@code image/png}
 * @param sizeBytes     the file's size
 * @param addedAt       when it was attached (desk local time, ISO-8601 without offset)
 * @param addedBy       the clerk's user name
 */
public record AttachmentMeta(UUID id, UUID dossierId, int documentIndex, String documentName, String sha256,
                             String fileName, String mediaType, long sizeBytes, String addedAt, String addedBy) {
}
