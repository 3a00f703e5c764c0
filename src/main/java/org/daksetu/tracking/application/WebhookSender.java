package org.daksetu.tracking.application;

/** Posts a signed webhook body; says whether the receiver took it (2xx) and, if not, why. */
public interface WebhookSender {

    record Outcome(boolean delivered, String error) {
    }

    Outcome post(String url, String secret, String deliveryId, String body);
}
