package org.daksetu.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Collects every problem of a request before anything is applied, then throws them together. */
public final class Violations {

    private final List<InvalidValueException> problems = new ArrayList<>();

    public Violations add(String field, Object value, String rule) {
        problems.add(new InvalidValueException(field, String.valueOf(value), rule));
        return this;
    }

    public Violations add(InvalidValueException problem) {
        problems.add(problem);
        return this;
    }

    /** Runs a parse that may throw; records the problem and returns null when it does. */
    public <T> T check(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidValueException e) {
            problems.add(e);
            return null;
        }
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }
}
