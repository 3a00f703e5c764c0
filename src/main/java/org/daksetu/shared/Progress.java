package org.daksetu.shared;

/** Reports how far a long piece of work has come; the CLI draws it as a bar. */
@FunctionalInterface
public interface Progress {

    Progress NONE = (task, done, total) -> { };

    /** @param total the amount of work in all, or -1 when not known */
    void update(String task, long done, long total);
}
