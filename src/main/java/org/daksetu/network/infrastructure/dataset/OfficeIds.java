package org.daksetu.network.infrastructure.dataset;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Stable office ids: {@code office_id = pin × 10000 + slot}. The slot is the office's name hashed:
 * the first eight bytes of SHA-256 over the UTF-8 {@linkplain NameKeys#exact exact name key}, read as an
 * unsigned big-endian number, modulo 10000. Two offices of a PIN that want the same slot (same name, or a
 * hash collision) are settled by linear probing (slot + 1, wrapping at 10000) in the order the caller
 * gives, which is sorted by name key and tier.
 *
 * <p>So an id does not depend on row order or on the other PINs, survives every rebuild of the same data,
 * and stays put when offices are added, unless a new office collides with an existing one ahead of it in
 * that order (about one in 10,000 per pair of offices of a PIN).
 */
final class OfficeIds {

    static final int SLOTS = 10_000;

    private OfficeIds() {
    }

    static int preferredSlot(String nameKey) {
        byte[] hash = sha256().digest(nameKey.getBytes(StandardCharsets.UTF_8));
        long first8Bytes = ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
        return (int) Long.remainderUnsigned(first8Bytes, SLOTS);
    }

    /** Ids for the offices of one PIN, given as their name keys in settling order; same order out. */
    static List<Long> assign(int pin, List<String> nameKeysInOrder) {
        if (nameKeysInOrder.size() > SLOTS) {
            throw new IllegalArgumentException("PIN " + pin + " has more than " + SLOTS + " offices");
        }
        BitSet taken = new BitSet(SLOTS);
        List<Long> ids = new ArrayList<>(nameKeysInOrder.size());
        for (String key : nameKeysInOrder) {
            int slot = preferredSlot(key);
            while (taken.get(slot)) {
                slot = (slot + 1) % SLOTS;
            }
            taken.set(slot);
            ids.add((long) pin * SLOTS + slot);
        }
        return ids;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
