package io.github.netmoe.llm;

/** Plan answers a model might give, for the maze of {@link TestCatalogues#maze()}. */
public final class TestPlans {
    /** The paper's plan for "Safely obtain the prize first, then arrive at the goal". */
    public static final String STAGED = """
            {"objectives": ["prize", "goal", "trap"], "experts": ["b-avoid-trap", "c-prize", "a-goal"],
             "rule": {"kind": "STAGED",
                      "stages": [{"condition": "prizeCollected", "negated": true,
                                  "rule": {"kind": "WEIGHTED_SUM", "weights": [{"expert": "b-avoid-trap", "weight": 1},
                                                                               {"expert": "c-prize", "weight": 1}]}}],
                      "otherwise": {"kind": "WEIGHTED_SUM", "weights": [{"expert": "b-avoid-trap", "weight": 1},
                                                                        {"expert": "a-goal", "weight": 1}]}},
             "rationale": {"objectiveFormulation": "prize then goal, safely", "expertSelection": "b, c, a",
                           "combination": "staged on prizeCollected"}}""";
    private TestPlans() {
    }
}
