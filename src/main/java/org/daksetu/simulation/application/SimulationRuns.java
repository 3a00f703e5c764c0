package org.daksetu.simulation.application;

import org.daksetu.simulation.domain.SimulationSettings;

/** The record of simulation runs. Times are real (wall-clock) times, not simulated ones. */
public interface SimulationRuns {

    long started(SimulationSettings settings);

    void finished(long run, SimulationReport report);

    boolean finishedBefore(SimulationSettings settings);
}
