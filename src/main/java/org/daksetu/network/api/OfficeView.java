package org.daksetu.network.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.daksetu.network.domain.PostOffice;

/** An office as the API shows it. Empty text fields mean the directory does not say. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OfficeView(
        String id,
        String name,
        String tier,
        String pin,
        String deliveryOfficeId,
        boolean deliveryOffice,
        String taluk,
        String district,
        String state,
        String division,
        String region,
        String circle,
        Double latitude,
        Double longitude,
        String geoMatch) {

    static OfficeView of(PostOffice o) {
        return new OfficeView(Long.toString(o.id()), o.name(), o.tier().name(), o.pin().toString(),
                Long.toString(o.deliveryOfficeId()), o.deliversItsPin(), o.taluk(), o.district(), o.state(),
                o.division(), o.region(), o.circle(),
                o.location().map(l -> l.latitude()).orElse(null), o.location().map(l -> l.longitude()).orElse(null),
                o.geoMatch().name());
    }
}
