package org.daksetu.booking.domain;

import org.daksetu.shared.Dimensions;
import org.daksetu.shared.Money;
import org.daksetu.shared.Weight;

/** The box as the shipper weighed and measured it, and what its contents are worth. */
public record Parcel(Weight weight, Dimensions dimensions, Money declaredValue) {
}
