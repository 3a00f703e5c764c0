package org.daksetu.tracking.domain;

import java.util.Optional;

/**
 * A scan in the shipper's words: the marketplace's Shipping v2 tracking event code, and the ANSI
 * X12 214 AT7 shipment status (AT7-01) with its reason (AT7-02, {@code NS} normal status when
 * there is no exception). The mapping and why each line is what it is: docs/TRACKING.md.
 */
public record ShipperVocabulary(String shippingV2, String at7Status, String at7Reason) {

    public static ShipperVocabulary of(ScanCode code, Optional<NonDeliveryReason> reason, boolean returnLeg) {
        if (returnLeg && code == ScanCode.D) {
            // The parcel reached the shipper again: for the order it never reached the customer.
            return new ShipperVocabulary("Undeliverable", "A3", "NS");
        }
        return switch (code) {
            case XC -> new ShipperVocabulary("Cancelled", "CA", "NS");
            case IB -> new ShipperVocabulary("PickupDone", "AF", "NS");
            case IG, CL, IR, RD, OP -> new ShipperVocabulary("ArrivedAtCarrierFacility", "X4", "NS");
            case ID, DI -> new ShipperVocabulary("Departed", "P1", "NS");
            case MR -> new ShipperVocabulary("ArrivedAtCarrierFacility", "SD", "NS");
            case DM -> new ShipperVocabulary("ArrivedAtCarrierFacility", "A9", "NS");
            // Shipment delayed, other carrier related: a full departure moved the delivery date.
            case DL -> new ShipperVocabulary("Delayed", "SD", "AJ");
            case OH -> new ShipperVocabulary("AvailableForPickup", "SD", "NS");
            case RT -> new ShipperVocabulary("Departed", "SD", "A2");
            case RN -> new ShipperVocabulary("ReturnInitiated", "A3", "NS");
            case BD -> new ShipperVocabulary("OutForDelivery", "X6", "NS");
            case D -> new ShipperVocabulary("Delivered", "D1", "NS");
            case LO -> new ShipperVocabulary("Lost", "SD", "NS");
            case N -> notDelivered(reason.orElseThrow(() -> new IllegalArgumentException("N without a reason")));
        };
    }

    private static ShipperVocabulary notDelivered(NonDeliveryReason reason) {
        return switch (reason.code()) {
            case "09" -> new ShipperVocabulary("Rejected", "A7", "BS");
            case "01" -> new ShipperVocabulary("DeliveryAttempted", "AH", "B1");
            case "08", "11", "12" -> new ShipperVocabulary("DeliveryAttempted", "AH", "A1");
            case "02", "06", "29" -> new ShipperVocabulary("DeliveryAttempted", "AH", "A2");
            case "07", "14" -> new ShipperVocabulary("DeliveryAttempted", "AH", "A5");
            case "05" -> new ShipperVocabulary("DeliveryAttempted", "AP", "AN");
            case "18" -> new ShipperVocabulary("Undeliverable", "AP", "NS");
            default -> new ShipperVocabulary("DeliveryAttempted", "AP", "NS");
        };
    }
}
