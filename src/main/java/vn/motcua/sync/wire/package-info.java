/**
 * The JSON messages of sync protocol v1 between a desk and the central server (docs/sync-protocol.md). Records only,
 * shared by the server ({@code central}) and the desk's sync client; {@link WireJson} is the one Jackson
 * configuration both sides use. Every message carries {@code protocol} ({@link WireJson#PROTOCOL}).
 */
package vn.motcua.sync.wire;
