package org.daksetu.network.application;

import java.util.List;
import java.util.Optional;
import org.daksetu.network.domain.PickupPoint;

public interface PickupPointStore {

    List<PickupPoint> findAll();

    Optional<PickupPoint> find(String code);

    /** @return false when a pickup point with that code exists already */
    boolean insert(PickupPoint point);

    /** Saves when the stored version is {@code expectedVersion}; @return false otherwise. */
    boolean update(PickupPoint point, int expectedVersion);
}
