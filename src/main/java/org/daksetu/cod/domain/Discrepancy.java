package org.daksetu.cod.domain;

/** Something in the money trail of an article that should not be so. */
public record Discrepancy(String article, String shipper, long officeId, Kind kind, String detail) {

    public enum Kind {
        /** Collected, and the cycle's due date has passed without a remittance. */
        COLLECTED_NOT_REMITTED,
        /** The article appears in more than one remittance. */
        REMITTED_TWICE,
        /** What was collected or remitted is not the booked amount. */
        AMOUNT_MISMATCH,
        /** Delivered, and no collection recorded by the end of the delivery day. */
        DELIVERED_WITHOUT_COLLECTION
    }
}
