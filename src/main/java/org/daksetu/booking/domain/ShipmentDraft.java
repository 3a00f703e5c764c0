package org.daksetu.booking.domain;

/**
 * A shipment as the shipper sent it, in JSON or as a CSV row: every field is text (JSON numbers
 * and booleans arrive as their text), so that a bad value is reported per item, naming the field,
 * instead of failing a whole bulk request. {@link BookingRules} turns it into a {@link ShipmentOrder}.
 * The field names are those of the API and of the CSV header (docs/BOOKING.md).
 */
public record ShipmentDraft(
        String orderReference,
        String pickupPoint,
        String service,
        ConsigneeDraft consignee,
        String weightGrams,
        DimensionsDraft dimensions,
        String declaredValuePaise,
        PaymentDraft payment,
        String otpDelivery,
        String articleNumber) {

    public record ConsigneeDraft(String name, String phone, String addressLine1, String addressLine2, String city,
                                 String pin) {
    }

    public record DimensionsDraft(String lengthCm, String breadthCm, String heightCm) {
    }

    public record PaymentDraft(String mode, String codAmountPaise) {
    }
}
