package org.daksetu.delivery.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/** The one-time password a consignee shows the postman when the shipment asked for OTP delivery: six digits. */
public final class Otp {

    private static final RandomGenerator RANDOM = new SecureRandom();

    private Otp() {
    }

    public static String issue() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    /** Compares in constant time, so the response time says nothing about how many digits were right. */
    public static boolean matches(String expected, String given) {
        if (expected == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.strip().getBytes(StandardCharsets.US_ASCII));
    }
}
