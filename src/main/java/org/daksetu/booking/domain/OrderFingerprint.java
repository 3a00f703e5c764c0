package org.daksetu.booking.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;

/**
 * A hash of an order as validated (after normalising phone, city, dimensions): two bookings with
 * the same order reference and the same fingerprint are one shipment sent twice; with different
 * fingerprints they are a clash the shipper must hear of.
 */
public final class OrderFingerprint {

    private OrderFingerprint() {
    }

    public static byte[] of(ShipmentOrder o) {
        Consignee c = o.consignee();
        Parcel p = o.parcel();
        String canonical = String.join("\u001f", o.orderReference(), o.pickupPoint(), o.service().name(), c.name(),
                c.phone().digits(), c.addressLine1(), c.addressLine2().orElse(""), c.city(), c.pin().toString(),
                Integer.toString(p.weight().grams()), Integer.toString(p.dimensions().lengthCm()),
                Integer.toString(p.dimensions().breadthCm()), Integer.toString(p.dimensions().heightCm()),
                Long.toString(p.declaredValue().paise()), o.payment().mode().name(), Long.toString(o.payment().codAmount().paise()),
                Boolean.toString(o.otpDelivery()), o.ownArticleNumber().map(Object::toString).orElse(""));
        try {
            return Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
