package org.daksetu.bench;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.daksetu.network.application.PickupPointDraft;
import org.daksetu.network.application.TransmissionData;
import org.daksetu.network.domain.NearestOffice;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.network.domain.routing.BusinessCalendar;
import org.daksetu.network.domain.routing.PromiseMatrix;
import org.daksetu.network.domain.routing.RoutingRules;
import org.daksetu.network.domain.routing.TransmissionNetwork;
import org.daksetu.network.infrastructure.NetworkDataset;
import org.daksetu.network.infrastructure.OfficesTsv;
import org.daksetu.shared.GeoPoint;
import org.daksetu.shared.Pin;

/** The network the application carries, loaded without a database, for in-memory benchmarks. */
public final class BundledNetwork {

    public final NetworkSnapshot offices;
    public final TransmissionNetwork transmission;
    public final BusinessCalendar calendar;
    public final List<PickupPoint> pickupPoints = new ArrayList<>();

    public BundledNetwork() throws Exception {
        NetworkDataset dataset = NetworkDataset.bundled();
        List<PostOffice> list;
        try (InputStream in = dataset.openOffices()) {
            list = OfficesTsv.read(in);
        }
        offices = new NetworkSnapshot(dataset.version(), list, dataset.restrictions());
        TransmissionData t = dataset.transmission();
        transmission = new TransmissionNetwork(t.hubs(), t.lanes(), t.assignments());
        calendar = new BusinessCalendar(t.holidays(), List.of());
        for (PickupPointDraft d : dataset.pickupPoints()) {
            GeoPoint at = new GeoPoint(d.latitude(), d.longitude());
            var office = NearestOffice.to(at, list).orElseThrow();
            pickupPoints.add(new PickupPoint(d.code(), d.name(), d.city(), d.address(), Pin.parse(d.pin()), at,
                    office.office().id(), office.distanceKm(), d.openedOn(), Optional.empty(), 0));
        }
    }

    public PromiseMatrix matrix(LocalDateTime reference) {
        return new PromiseMatrix(offices.version(), offices, transmission, pickupPoints, calendar, RoutingRules.defaults(), reference);
    }
}
