package io.github.netmoe.llm.plan;

import java.util.List;

/**
 * Which ids a plan may use, and how leniently they are read. The strict vocabulary of the codec takes
 * any id; the catalogue vocabulary of a model's answer resolves ids against the catalogue and the
 * available experts, repairing only unambiguous mistakes (case, separators, a unique short form) and
 * recording each repair.
 */
interface PlanVocabulary {

    /** @return the canonical expert id, or throws {@link PlanProblem} */
    String expert(String raw);

    /** @return the canonical condition id, or throws {@link PlanProblem} */
    String condition(String raw);

    /** @return the canonical objective or composition id, or throws {@link PlanProblem} */
    String objective(String raw);

    /** @return whether a learned gating rule may appear (never in a model's answer) */
    boolean learnedGatingAllowed();

    /** @return repairs made so far, in words */
    List<String> repairs();

    /** Accepts every non-blank id as it is; used for documents the codec wrote. */
    static PlanVocabulary strict() {
        return new PlanVocabulary() {
            @Override
            public String expert(String raw) {
                return nonBlank("expert id", raw);
            }

            @Override
            public String condition(String raw) {
                return nonBlank("condition id", raw);
            }

            @Override
            public String objective(String raw) {
                return nonBlank("objective id", raw);
            }

            @Override
            public boolean learnedGatingAllowed() {
                return true;
            }

            @Override
            public List<String> repairs() {
                return List.of();
            }
        };
    }

    private static String nonBlank(String what, String raw) {
        if (raw == null || raw.isBlank()) {
            throw new PlanProblem(what + " must be a non-blank string");
        }
        return raw;
    }
}
