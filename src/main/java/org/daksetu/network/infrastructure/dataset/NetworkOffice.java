package org.daksetu.network.infrastructure.dataset;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** One line of offices.tsv.gz. {@code coordinates} is null when {@code geoMatch} is {@link GeoMatch#NONE}. */
record NetworkOffice(long officeId, String name, Tier tier, int pin, long deliveryOfficeId, String taluk,
                     String district, String state, PostalHierarchy hierarchy, Coordinates coordinates,
                     GeoMatch geoMatch) {

    static final List<String> COLUMNS = List.of("office_id", "name", "tier", "pin", "delivery_office_id", "taluk",
            "district", "state", "division", "region", "circle", "latitude", "longitude", "geo_match");

    // Five decimals is about one metre, finer than any source point; trailing zeros are left out.
    private static final int DECIMALS = 5;

    /** The fields in column order, already safe for COPY's text format; "" is NULL. */
    List<String> fields() {
        return List.of(Long.toString(officeId), Fields.clean(name), tier.name(), Integer.toString(pin),
                Long.toString(deliveryOfficeId), Fields.clean(taluk), Fields.clean(district), Fields.clean(state),
                Fields.clean(hierarchy.division()), Fields.clean(hierarchy.region()), Fields.clean(hierarchy.circle()),
                coordinates == null ? "" : degrees(coordinates.latitude()),
                coordinates == null ? "" : degrees(coordinates.longitude()),
                geoMatch.name());
    }

    private static String degrees(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
