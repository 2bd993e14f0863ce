package org.genstat.vocabulary;

/** Progress of a series towards a target (target_progress.status). */
public enum TargetStatus implements Coded {
    ACHIEVED, ON_TRACK, OFF_TRACK, NO_DATA;

    @Override
    public String toString() {
        return code();
    }
}
