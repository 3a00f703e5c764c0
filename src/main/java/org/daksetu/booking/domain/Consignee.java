package org.daksetu.booking.domain;

import java.util.Optional;
import org.daksetu.shared.Pin;

/** Who receives the parcel and where. The city defaults to the district of the PIN's delivery office. */
public record Consignee(String name, IndianMobile phone, String addressLine1, Optional<String> addressLine2,
                       String city, Pin pin) {
}
