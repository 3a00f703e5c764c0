package org.daksetu.booking.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.daksetu.shared.Money;

/**
 * One version of the tariff, in force from its effective date until the next version's: the
 * freight tables of every service, the volumetric divisor, the COD fee rule, the OTP add-on and
 * GST. A version is data (a tariff sheet), never edited once stored; a change is a new version.
 */
public record TariffVersion(
        String id,
        LocalDate effectiveFrom,
        String description,
        int volumetricDivisor,
        int gstBasisPoints,
        Money otpFee,
        CodFeeRule codFee,
        Map<Service, ServiceTariff> services,
        int rtoFreightBasisPoints) {

    /**
     * Return to origin is charged as this share of the forward freight (plus GST) when a sheet does
     * not say: 100%, India Post's practice of charging the return leg like a booking of the same
     * article back to the sender (docs/DELIVERY.md, "Returns"; an assumption until the contract's rate is loaded).
     */
    public static final int DEFAULT_RTO_FREIGHT_BASIS_POINTS = 10_000;

    public TariffVersion(String id, LocalDate effectiveFrom, String description, int volumetricDivisor, int gstBasisPoints,
                         Money otpFee, CodFeeRule codFee, Map<Service, ServiceTariff> services) {
        this(id, effectiveFrom, description, volumetricDivisor, gstBasisPoints, otpFee, codFee, services,
                DEFAULT_RTO_FREIGHT_BASIS_POINTS);
    }

    public TariffVersion {
        EnumMap<Service, ServiceTariff> copy = new EnumMap<>(Service.class);
        copy.putAll(services);
        services = java.util.Collections.unmodifiableMap(copy);
    }

    public ServiceTariff of(Service service) {
        ServiceTariff tariff = services.get(service);
        if (tariff == null) {
            throw new IllegalStateException("tariff " + id + " has no table for " + service);
        }
        return tariff;
    }
}
