package org.daksetu.tracking.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.daksetu.network.domain.routing.Leg;
import org.daksetu.network.domain.routing.LegKind;
import org.daksetu.network.domain.routing.RoutingRules;

/**
 * The lifecycle of an article as a pure function of its whole history. Scans arrive late and out
 * of order; the history is put in physical order ({@link ScanEvent#PHYSICAL_ORDER}, a total order)
 * and folded, so any arrival order of the same scans gives the same state. A scan that cannot have
 * happened (bagged after delivered) is kept as an anomaly and does not move the state.
 */
public final class Lifecycle {

    /** A parcel scanned off its route goes back to a hub to be re-sorted: a day or two lost; we count two. */
    static final int MISROUTE_PENALTY_DAYS = 2;

    private Lifecycle() {
    }

    public static TrackingState derive(ArticleNumber article, Route route, Collection<ScanEvent> history) {
        List<ScanEvent> unique = inPhysicalOrder(history);
        Fold f = new Fold(route);
        unique.forEach(f::apply);
        return new TrackingState(article, f.status, f.place, f.last, nextStep(f, route), f.misrouted, route.edd(),
                revisedEdd(f, route), f.attempts, unique.size(), f.anomalies);
    }

    /**
     * The history in physical order, each event id once (its first in that order). Derived at every
     * intake for every article it touches, so done without streams: a history usually comes in order
     * already (checked before sorting) and holds a dozen scans (ids compared along it; a set beyond that).
     */
    static List<ScanEvent> inPhysicalOrder(Collection<ScanEvent> history) {
        ScanEvent[] events = history.toArray(new ScanEvent[0]);
        for (int i = 1; i < events.length; i++) {
            if (ScanEvent.PHYSICAL_ORDER.compare(events[i - 1], events[i]) > 0) {
                java.util.Arrays.sort(events, ScanEvent.PHYSICAL_ORDER);
                break;
            }
        }
        List<ScanEvent> unique = new ArrayList<>(events.length);
        java.util.Set<String> ids = events.length > 32 ? new java.util.HashSet<>() : null;
        for (ScanEvent e : events) {
            boolean repeat;
            if (ids != null) {
                repeat = !ids.add(e.eventId());
            } else {
                repeat = false;
                for (int j = 0; j < unique.size() && !repeat; j++) {
                    repeat = unique.get(j).eventId().equals(e.eventId());
                }
            }
            if (!repeat) {
                unique.add(e);
            }
        }
        return unique;
    }

    private static final class Fold {
        final Route route;
        TrackingStatus status = TrackingStatus.REGISTERED;
        Optional<String> place = Optional.empty();
        Optional<ScanEvent> last = Optional.empty();
        Optional<ScanEvent> delivered = Optional.empty();
        Optional<ScanEvent> lastOnRoute = Optional.empty();
        boolean misrouted, offRoute, returning, redirected;
        int attempts;
        final List<Anomaly> anomalies = new ArrayList<>();

        Fold(Route route) {
            this.route = route;
        }

        void apply(ScanEvent e) {
            if (delivered.isPresent()) {
                anomalies.add(new Anomaly(e.eventId(), e.code().description() + " at " + e.place() + " after the item was "
                        + (status == TrackingStatus.RETURNED_TO_SHIPPER ? "returned to the shipper" : "delivered")
                        + " (event " + delivered.get().eventId() + ")"));
                return;
            }
            if (e.code() == ScanCode.XC && status != TrackingStatus.REGISTERED) {
                anomalies.add(new Anomaly(e.eventId(), "Booking cancelled after the item was already " + status));
                return;
            }
            if (e.code() == ScanCode.IB && status != TrackingStatus.REGISTERED && status != TrackingStatus.BOOKED
                    && status != TrackingStatus.CANCELLED) {
                anomalies.add(new Anomaly(e.eventId(), "Item booked at " + e.place() + " after it was already " + status));
                return;
            }
            status = switch (e.code()) {
                case XC -> TrackingStatus.CANCELLED;
                case IB -> TrackingStatus.BOOKED;
                case IG, CL, ID, DI, RD, OP, IR -> returning ? TrackingStatus.RETURNING
                        : redirected ? TrackingStatus.REDIRECTED : TrackingStatus.IN_TRANSIT;
                case MR -> status == TrackingStatus.REGISTERED ? TrackingStatus.IN_TRANSIT : status;
                case DM -> TrackingStatus.DAMAGED;
                case DL -> status;
                case OH -> TrackingStatus.ON_HOLD;
                case RT -> TrackingStatus.REDIRECTED;
                case RN -> TrackingStatus.RETURNING;
                case BD -> returning ? TrackingStatus.RETURNING : TrackingStatus.OUT_FOR_DELIVERY;
                case N -> TrackingStatus.NOT_DELIVERED;
                case D -> returning ? TrackingStatus.RETURNED_TO_SHIPPER : TrackingStatus.DELIVERED;
                case LO -> TrackingStatus.LOST;
            };
            switch (e.code()) {
                case MR -> misrouted = true;
                case RT -> redirected = true;
                case RN -> returning = true;
                case N -> attempts++;
                case D -> delivered = Optional.of(e);
                default -> { }
            }
            if (e.code().placesTheParcel()) {
                place = Optional.of(e.place());
                // After a redirection or a return the original itinerary no longer applies.
                if (!redirected && !returning) {
                    offRoute = !route.expects(e.place());
                    if (offRoute) {
                        misrouted = true;
                    } else {
                        lastOnRoute = Optional.of(e);
                    }
                }
            }
            last = Optional.of(e);
        }
    }

    private static Optional<LocalDate> revisedEdd(Fold f, Route route) {
        return switch (f.status) {
            case DELIVERED -> f.delivered.map(d -> istDay(d));
            case RETURNED_TO_SHIPPER, LOST, RETURNING, REDIRECTED, CANCELLED -> Optional.empty();
            case NOT_DELIVERED -> Optional.of(max(route.edd(), nextWorkingDay(istDay(f.last.orElseThrow()))));
            default -> {
                LocalDate edd = route.edd();
                if (f.lastOnRoute.isPresent()) {
                    ScanEvent e = f.lastOnRoute.get();
                    Optional<LocalDate> planned = route.placeOf(e.place()).flatMap(route::plannedAt)
                            .map(t -> t.atZoneSameInstant(RoutingRules.IST).toLocalDate());
                    if (planned.isPresent()) {
                        long late = ChronoUnit.DAYS.between(planned.get(), istDay(e));
                        edd = edd.plusDays(Math.max(0, late));
                    }
                }
                if (f.offRoute) {
                    edd = edd.plusDays(MISROUTE_PENALTY_DAYS);
                }
                if (f.status == TrackingStatus.OUT_FOR_DELIVERY) {
                    edd = max(route.edd(), istDay(f.last.orElseThrow()));
                }
                yield Optional.of(edd);
            }
        };
    }

    private static Optional<NextStep> nextStep(Fold f, Route route) {
        Optional<String> here = f.place.flatMap(route::placeOf);
        return switch (f.status) {
            case DELIVERED, RETURNED_TO_SHIPPER, CANCELLED -> Optional.empty();
            case REGISTERED -> step("Handover at pickup point " + route.itinerary().first().from(),
                    route.itinerary().first().from(), route.itinerary().first());
            case BOOKED, IN_TRANSIT, DAMAGED -> {
                if (f.offRoute || here.isEmpty()) {
                    yield Optional.of(new NextStep("Re-dispatch towards " + route.itinerary().last().from(),
                            f.place, Optional.empty()));
                }
                yield route.legFrom(here.get()).flatMap(leg -> leg.kind() == LegKind.DELIVERY
                        ? step("Out for delivery from " + leg.from(), leg.from(), leg)
                        : step("Dispatch from " + leg.from() + " to " + leg.to(), leg.from(), leg));
            }
            case OUT_FOR_DELIVERY -> Optional.of(new NextStep("Delivery", f.place, Optional.empty()));
            case NOT_DELIVERED -> {
                boolean addressee = f.last.flatMap(ScanEvent::reason).map(NonDeliveryReason::addresseeSide).orElse(false);
                yield Optional.of(new NextStep(addressee ? "Shipper instruction: re-attempt, new address or return"
                        : "Delivery re-attempt", f.place, Optional.empty()));
            }
            case ON_HOLD -> Optional.of(new NextStep("Release from hold", f.place, Optional.empty()));
            case REDIRECTED -> Optional.of(new NextStep("Dispatch to the new address", f.place, Optional.empty()));
            case RETURNING -> Optional.of(new NextStep("Return to the shipper", f.place, Optional.empty()));
            case LOST -> Optional.of(new NextStep("Search and investigation", f.place, Optional.empty()));
        };
    }

    private static Optional<NextStep> step(String text, String place, Leg leg) {
        return Optional.of(new NextStep(text, Optional.of(place), Optional.of(leg.plannedDeparture())));
    }

    private static LocalDate istDay(ScanEvent e) {
        return e.occurredAt().atZone(RoutingRules.IST).toLocalDate();
    }

    private static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        return next.getDayOfWeek() == DayOfWeek.SUNDAY ? next.plusDays(1) : next;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
