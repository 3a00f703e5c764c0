package org.daksetu.booking.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.daksetu.booking.domain.LabelContent;
import org.daksetu.booking.domain.Shipment;
import org.daksetu.booking.domain.ShipmentStatus;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.domain.PickupPoint;
import org.daksetu.platform.security.Parties;
import org.daksetu.shared.ArticleNumber;
import org.daksetu.shared.ConflictException;
import org.daksetu.shared.InvalidValueException;
import org.daksetu.shared.NotFoundException;
import org.daksetu.shared.Violations;
import org.springframework.stereotype.Service;

/** Labels of shipments the caller may see, in PDF or ZPL; a cancelled shipment gets no label. */
@Service
public class Labels {

    public static final int MAX_LABELS = 1_000;

    private final ShipmentStore shipments;
    private final Pickups pickups;
    private final LabelRenderer renderer;
    private final Parties parties;
    private final org.daksetu.network.application.PickupPoints pickupPoints;
    private final NetworkDirectory network;
    /** A party's name never changes (there is no call to rename one), so it is read once. */
    private final Map<String, String> shipperNames = new java.util.concurrent.ConcurrentHashMap<>();

    public Labels(ShipmentStore shipments, Pickups pickups, LabelRenderer renderer, Parties parties, org.daksetu.network.application.PickupPoints pickupPoints,
                  NetworkDirectory network) {
        this.shipments = shipments;
        this.pickups = pickups;
        this.renderer = renderer;
        this.parties = parties;
        this.pickupPoints = pickupPoints;
        this.network = network;
    }

    public record Rendered(LabelFormat format, byte[] body, int labels) {
    }

    public Rendered of(Scope scope, List<String> articleNumbers, LabelFormat format) {
        Violations v = new Violations();
        if (articleNumbers == null || articleNumbers.isEmpty() || articleNumbers.size() > MAX_LABELS) {
            v.add("articleNumbers", articleNumbers == null ? null : articleNumbers.size() + " numbers",
                    "give 1 to " + MAX_LABELS + " article numbers").throwIfAny();
        }
        Set<ArticleNumber> numbers = new LinkedHashSet<>();
        for (int i = 0; i < articleNumbers.size(); i++) {
            try {
                numbers.add(ArticleNumber.parse(articleNumbers.get(i)));
            } catch (InvalidValueException e) {
                v.add(e.at("articleNumbers[" + i + "]"));
            }
        }
        v.throwIfAny();
        Map<ArticleNumber, Shipment> found = new HashMap<>();
        for (Shipment s : shipments.findAll(scope, numbers)) {
            found.put(s.articleNumber(), s);
        }
        List<Shipment> ordered = new ArrayList<>(numbers.size());
        for (ArticleNumber n : numbers) {
            Shipment s = found.get(n);
            if (s == null) {
                throw new NotFoundException("articleNumber", n.value(), "no shipment of yours has article number " + n);
            }
            ordered.add(s);
        }
        return render(ordered, format);
    }

    public Rendered ofPickup(Scope scope, long pickupId, LabelFormat format) {
        pickups.get(scope, pickupId);
        List<Shipment> onIt = shipments.onPickup(pickupId);
        if (onIt.isEmpty()) {
            throw new ConflictException("id", Long.toString(pickupId), "pickup " + pickupId + " has no booked shipment on its manifest");
        }
        return render(onIt, format);
    }

    private Rendered render(List<Shipment> list, LabelFormat format) {
        Map<String, List<String>> senders = new HashMap<>();
        List<LabelContent> contents = new ArrayList<>(list.size());
        for (Shipment s : list) {
            if (s.status() == ShipmentStatus.CANCELLED) {
                throw new ConflictException("articleNumber", s.articleNumber().value(),
                        "shipment " + s.articleNumber() + " is cancelled; it gets no label");
            }
            String shipper = shipperNames.computeIfAbsent(s.shipper(), c -> parties.get(c).name());
            List<String> sender = senders.computeIfAbsent(s.order().pickupPoint(), code -> {
                PickupPoint p = pickupPoints.find(code).orElseThrow(() -> new IllegalStateException("pickup point " + code
                        + " of a stored shipment is not in the network"));
                return List.of(p.address(), p.city() + " - " + p.pin());
            });
            String office = network.snapshot().office(s.promise().deliveryOfficeId()).map(o -> o.name()).orElse("Delivery office");
            contents.add(LabelContent.of(s, shipper, sender, office));
        }
        byte[] body = format == LabelFormat.PDF ? renderer.pdf(contents)
                : renderer.zpl(contents).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new Rendered(format, body, contents.size());
    }
}
