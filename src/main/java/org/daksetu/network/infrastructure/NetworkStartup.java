package org.daksetu.network.infrastructure;

import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.shared.Progress;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start: imports the bundled network when the database has none, loads it into memory, and
 * seeds the sample pickup points into an empty installation. The application reports ready only
 * after this has run.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "daksetu.startup-tasks", havingValue = "true", matchIfMissing = true)
@Order(10)
class NetworkStartup implements ApplicationRunner {

    private final NetworkDirectory network;
    private final PickupPoints pickupPoints;
    private final Progress progress;
    private final boolean seedPickupPoints;

    NetworkStartup(NetworkDirectory network, PickupPoints pickupPoints, Progress progress,
                   @Value("${daksetu.network.seed-pickup-points:true}") boolean seedPickupPoints) {
        this.network = network;
        this.pickupPoints = pickupPoints;
        this.progress = progress;
        this.seedPickupPoints = seedPickupPoints;
        network.onChange(pickupPoints::retieAll);
    }

    @Override
    public void run(ApplicationArguments args) {
        NetworkDataset bundled = NetworkDataset.bundled();
        network.ensureLoaded(bundled, progress);
        if (seedPickupPoints && pickupPoints.list(true).isEmpty()) {
            pickupPoints.seed(bundled.pickupPoints());
        }
    }
}
