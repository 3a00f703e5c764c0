package org.daksetu.booking.domain;

import org.daksetu.shared.Money;

/** How the parcel is paid for by the consignee: prepaid (nothing to collect) or COD with the amount to collect. */
public record Payment(PaymentMode mode, Money codAmount) {

    public static final Payment PREPAID = new Payment(PaymentMode.PREPAID, Money.ZERO);

    public Payment {
        if (mode == PaymentMode.PREPAID && !codAmount.isZero()) {
            throw new IllegalArgumentException("a prepaid parcel has nothing to collect, not " + codAmount);
        }
        if (mode == PaymentMode.COD && !codAmount.isPositive()) {
            throw new IllegalArgumentException("a COD parcel has an amount to collect above zero, not " + codAmount);
        }
    }

    public static Payment cod(Money amount) {
        return new Payment(PaymentMode.COD, amount);
    }

    public boolean isCod() {
        return mode == PaymentMode.COD;
    }
}
