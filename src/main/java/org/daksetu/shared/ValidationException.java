package org.daksetu.shared;

import java.util.List;

/** Several problems with one request, all named at once so the caller can fix them in one go. */
public class ValidationException extends RuntimeException {

    private final List<InvalidValueException> problems;

    public ValidationException(List<InvalidValueException> problems) {
        super(problems.size() + " invalid value(s): " + problems.stream().map(Throwable::getMessage).toList());
        this.problems = List.copyOf(problems);
    }

    public List<InvalidValueException> problems() {
        return problems;
    }
}
