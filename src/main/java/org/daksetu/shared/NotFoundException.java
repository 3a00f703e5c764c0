package org.daksetu.shared;

/** The thing asked for does not exist; the API answers 404 naming the field and the value. */
public class NotFoundException extends RuntimeException {

    private final String field;
    private final String value;

    public NotFoundException(String field, String value, String message) {
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
