package org.daksetu.shared;

/** The request is well-formed but clashes with the state of the platform (409). */
public class ConflictException extends RuntimeException {

    private final String field;
    private final String value;

    public ConflictException(String field, String value, String message) {
        super(message);
        this.field = field;
        this.value = value;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }
}
