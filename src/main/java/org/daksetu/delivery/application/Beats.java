package org.daksetu.delivery.application;

import java.util.List;
import org.daksetu.delivery.domain.Beat;
import org.daksetu.network.application.NetworkDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The beats of each delivery office, as data: generated on first use (Beat.generate), then changed by operators. */
@Service
public class Beats {

    private final LastMileSupport support;
    private final NetworkDirectory network;

    public Beats(LastMileSupport support, NetworkDirectory network) {
        this.support = support;
        this.network = network;
    }

    /** The office's beats; an office that has none yet gets the generated starting set. */
    @Transactional
    public List<Beat> list(long officeId) {
        List<Beat> beats = support.store.beats(officeId);
        if (!beats.isEmpty()) {
            return beats;
        }
        network.office(officeId); // an unknown office is answered 404
        support.store.insertBeats(Beat.generate(officeId), support.clock.instant());
        return support.store.beats(officeId);
    }

    /**
     * {@link #list} for many offices at once, by office: one look-up for all of them, and one insert
     * of the generated starting sets of those that have none yet. An unknown office is answered 404.
     */
    @Transactional
    public java.util.Map<Long, List<Beat>> listAll(java.util.Collection<Long> officeIds) {
        java.util.Map<Long, List<Beat>> found = support.store.beats(officeIds);
        List<Long> missing = officeIds.stream().distinct().filter(o -> !found.containsKey(o)).toList();
        if (!missing.isEmpty()) {
            List<Beat> generated = new java.util.ArrayList<>();
            for (long o : missing) {
                network.office(o); // an unknown office is answered 404
                generated.addAll(Beat.generate(o));
            }
            support.store.insertBeats(generated, support.clock.instant());
            found.putAll(support.store.beats(missing));
        }
        java.util.Map<Long, List<Beat>> out = new java.util.LinkedHashMap<>();
        officeIds.forEach(o -> out.put(o, found.get(o)));
        return out;
    }

    /** Adds or changes a beat: its name, its postman, whether it runs. */
    @Transactional
    public Beat put(long officeId, String code, String name, String postman, boolean active) {
        list(officeId);
        var v = new org.daksetu.shared.Violations();
        if (code == null || !code.matches("[A-Z0-9-]{1,12}")) {
            v.add("code", code, "1 to 12 capital letters, digits or hyphens");
        }
        if (name == null || name.isBlank() || name.length() > 80) {
            v.add("name", name, "is required, at most 80 characters");
        }
        if (postman == null || postman.isBlank() || postman.length() > 80) {
            v.add("postman", postman, "is required, at most 80 characters");
        }
        v.throwIfAny();
        Beat beat = new Beat(officeId, code, name.strip(), postman.strip(), active, false);
        support.store.putBeat(beat, support.clock.instant());
        return beat;
    }
}
