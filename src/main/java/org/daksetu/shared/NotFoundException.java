package org.daksetu.shared;

/** The thing asked for does not exist; the API answers 404 naming the field and the value. */
public class NotFoundException extends FieldProblem {

    public NotFoundException(String field, String value, String message) {
        super(field, value, message);
    }
}
