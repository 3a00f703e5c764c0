package org.daksetu.network.application;

import java.util.concurrent.atomic.AtomicReference;
import org.daksetu.network.domain.NetworkSnapshot;
import org.daksetu.network.domain.PinProfile;
import org.daksetu.network.domain.PostOffice;
import org.daksetu.shared.Pin;
import org.daksetu.shared.Progress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The office network in force. PostgreSQL holds it; this service keeps an immutable snapshot of
 * it in memory for the questions asked on every booking and every tracking page, and swaps the
 * snapshot whole after each import.
 */
@Service
public class NetworkDirectory {

    private static final Logger log = LoggerFactory.getLogger(NetworkDirectory.class);

    private final NetworkStore store;
    private final AtomicReference<NetworkSnapshot> snapshot = new AtomicReference<>(NetworkSnapshot.empty());
    private final java.util.List<Runnable> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    public NetworkDirectory(NetworkStore store) {
        this.store = store;
    }

    public NetworkSnapshot snapshot() {
        return snapshot.get();
    }

    public PinProfile profile(Pin pin) {
        return snapshot().profile(pin).orElseThrow(() -> new UnknownPinException(pin));
    }

    public PostOffice office(long id) {
        return snapshot().office(id).orElseThrow(() -> new UnknownOfficeException(id));
    }

    /**
     * Imports the source when the database holds no network yet, or an older version of this same
     * source (a new release of the application carries a newer dataset); a network imported from
     * elsewhere is left alone. Loads the snapshot either way.
     */
    public synchronized void ensureLoaded(NetworkSource source, Progress progress) {
        var current = store.current();
        if (current.isEmpty()) {
            log.info("No network in the database yet: importing {}", source.describe());
            importFrom(source, progress);
        } else if (current.get().source().equals(source.describe()) && !current.get().version().equals(source.version())) {
            log.info("The database holds network {} of {}; importing its newer version {}", current.get().version(),
                    source.describe(), source.version());
            importFrom(source, progress);
        } else {
            reload();
        }
    }

    /** Replaces the whole network with the source's; idempotent for the same source. */
    public synchronized NetworkImportResult importFrom(NetworkSource source, Progress progress) {
        NetworkImportResult result = store.replace(source, progress);
        log.info("Imported network {}: {} offices, {} PINs in {} ms", result.version(), result.offices(),
                result.pins(), result.duration().toMillis());
        reload();
        return result;
    }

    /** Reads the network from the database into a new snapshot and tells the listeners. */
    public synchronized void reload() {
        long t = System.nanoTime();
        String version = store.currentVersion().orElse("none");
        snapshot.set(new NetworkSnapshot(version, store.loadOffices(), store.loadRestrictions()));
        log.info("Network {} loaded: {} offices, {} PINs in {} ms", version, snapshot().officeCount(),
                snapshot().pinCount(), (System.nanoTime() - t) / 1_000_000);
        listeners.forEach(Runnable::run);
    }

    /** Called after every new snapshot, for example to re-tie pickup points or rebuild promises. */
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }
}
