package org.daksetu.booking.domain;

import org.daksetu.shared.Money;

/**
 * India Post's COD fee (postal-domain.md): up to the threshold (₹5,000), the larger of a rate
 * (2%) and a minimum (₹50); above it, a base (₹100) plus a rate (1%) of the amount over the
 * threshold. Taxes are added on top, with the freight.
 */
public record CodFeeRule(Money threshold, int rateBasisPoints, Money minimum, Money baseAbove, int rateAboveBasisPoints) {

    public Money fee(Money codAmount) {
        if (!codAmount.isGreaterThan(threshold)) {
            return Money.max(codAmount.percent(rateBasisPoints), minimum);
        }
        return baseAbove.plus(codAmount.minus(threshold).percent(rateAboveBasisPoints));
    }
}
