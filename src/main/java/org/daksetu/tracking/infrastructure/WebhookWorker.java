package org.daksetu.tracking.infrastructure;

import java.time.Duration;
import org.daksetu.tracking.application.Webhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Polls for due webhook batches on a thread of its own while the application runs
 * ({@code daksetu.webhooks.enabled}, on by default). Several nodes may run it: leases in the
 * database keep one subscription on one node at a time.
 */
@Component
class WebhookWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WebhookWorker.class);

    private final Webhooks webhooks;
    private final boolean enabled;
    private final Duration poll;
    private volatile Thread thread;
    private volatile boolean running;

    WebhookWorker(Webhooks webhooks, @Value("${daksetu.webhooks.enabled:true}") boolean enabled,
                  @Value("${daksetu.webhooks.poll:PT0.2S}") Duration poll) {
        this.webhooks = webhooks;
        this.enabled = enabled;
        this.poll = poll;
    }

    @Override
    public void start() {
        if (!enabled) {
            return;
        }
        running = true;
        thread = Thread.ofVirtual().name("webhook-worker").start(this::run);
    }

    private void run() {
        while (running) {
            try {
                if (webhooks.deliverDue() == 0) {
                    Thread.sleep(poll);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // The database may be restarting; the lease and the cursor make trying again safe.
                log.warn("Webhook delivery failed, trying again in {}: {}", poll, e.toString());
                try {
                    Thread.sleep(poll.multipliedBy(10));
                } catch (InterruptedException ie) {
                    return;
                }
            }
        }
    }

    @Override
    public void stop() {
        // No interrupt: it would close a JDBC socket in mid-statement. The loop ends after the batch
        // in hand (a delivery cut short would be sent again anyway).
        running = false;
        Thread t = thread;
        if (t != null) {
            try {
                t.join(poll.multipliedBy(20).toMillis() + 15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
