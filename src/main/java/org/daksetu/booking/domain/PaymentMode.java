package org.daksetu.booking.domain;

/** Whether the consignee pays at the door (cash on delivery) or nothing at all (prepaid). */
public enum PaymentMode {
    PREPAID, COD
}
