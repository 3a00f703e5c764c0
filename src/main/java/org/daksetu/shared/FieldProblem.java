package org.daksetu.shared;

/** A failure that concerns one field of a request and its value, so the API can name both. */
public abstract class FieldProblem extends RuntimeException {

    private final String field;
    private final String value;

    protected FieldProblem(String field, String value, String message) {
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
