package org.daksetu.network.infrastructure;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.daksetu.network.application.NetworkDirectory;
import org.daksetu.network.application.PickupPoints;
import org.daksetu.shared.Progress;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * On start: imports the bundled network when the database has none, loads it into memory, and
 * seeds the sample pickup points into an empty installation. Loading begins as soon as every
 * bean exists (the schema is migrated by then) and runs while the web server starts; the
 * application reports ready only after it has finished.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnProperty(name = "daksetu.startup-tasks", havingValue = "true", matchIfMissing = true)
@Order(10)
class NetworkStartup implements SmartInitializingSingleton, ApplicationRunner {

    private final NetworkDirectory network;
    private final PickupPoints pickupPoints;
    private final Progress progress;
    private final boolean seedPickupPoints;
    private final NetworkDataset bundled = NetworkDataset.bundled();
    private CompletableFuture<Void> loading;

    NetworkStartup(NetworkDirectory network, PickupPoints pickupPoints, Progress progress,
                   @Value("${daksetu.network.seed-pickup-points:true}") boolean seedPickupPoints) {
        this.network = network;
        this.pickupPoints = pickupPoints;
        this.progress = progress;
        this.seedPickupPoints = seedPickupPoints;
        network.onChange(pickupPoints::retieAll);
    }

    @Override
    public void afterSingletonsInstantiated() {
        loading = CompletableFuture.runAsync(() -> network.ensureLoaded(bundled, progress));
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (seedPickupPoints && pickupPoints.list(true).isEmpty()) {
            pickupPoints.seed(bundled.pickupPoints());
        }
    }
}
