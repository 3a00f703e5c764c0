package org.daksetu.shared;

/** The request is well-formed but clashes with the state of the platform (409). */
public class ConflictException extends FieldProblem {

    public ConflictException(String field, String value, String message) {
        super(field, value, message);
    }
}
