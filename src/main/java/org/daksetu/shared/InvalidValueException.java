package org.daksetu.shared;

/**
 * A value that breaks a rule of its type. It names the field, the rejected value and the rule,
 * so the API can answer with a problem detail that tells the caller exactly what to fix.
 */
public class InvalidValueException extends IllegalArgumentException {

    private final String field;
    private final String value;
    private final String rule;

    public InvalidValueException(String field, String value, String rule) {
        super(field + " '" + value + "': " + rule);
        this.field = field;
        this.value = value;
        this.rule = rule;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String rule() {
        return rule;
    }

    /** The same problem, reported under another field name (for example {@code pins[17]}). */
    public InvalidValueException at(String otherField) {
        return new InvalidValueException(otherField, value, rule);
    }
}
