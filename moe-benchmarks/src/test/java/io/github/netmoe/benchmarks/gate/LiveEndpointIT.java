package io.github.netmoe.benchmarks.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.netmoe.core.ExpertDescriptor;
import io.github.netmoe.core.GatePlan;
import io.github.netmoe.llm.LanguageModel;
import io.github.netmoe.llm.LanguageModels;
import io.github.netmoe.llm.gate.LlmGate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The language-model gate against a real OpenAI-compatible endpoint, on the paper's requirements and
 * the real catalogues. Runs only when {@code NETMOE_LLM_BASE_URL} is set (with {@code NETMOE_LLM_MODEL},
 * and {@code NETMOE_LLM_API_KEY} where the server needs one; see {@code LanguageModels}); surefire skips
 * {@code *IT} classes by default, so run it explicitly:
 *
 * <pre>
 * NETMOE_LLM_BASE_URL=http://localhost:11434/v1 NETMOE_LLM_MODEL=llama3.1 \
 *   mvn -pl moe-benchmarks -am test -Dtest=LiveEndpointIT -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>It asserts that every answer is a valid plan over the catalogue's experts (no fallback is
 * configured), and logs how many match the paper's plans: a model's judgement is reported, not asserted.
 */
class LiveEndpointIT {
    private static final Logger LOG = LoggerFactory.getLogger(LiveEndpointIT.class);

    @Test
    void thePaperRequirementsGiveValidPlans() {
        assumeTrue(System.getenv("NETMOE_LLM_BASE_URL") != null, "NETMOE_LLM_BASE_URL is not set");
        LanguageModel model = LanguageModels.fromEnvironment().orElseThrow();
        LlmGate gate = LlmGate.builder(model).cacheSize(0).build();
        int agree = 0;
        List<Phrasing> paper = Phrasing.table().stream().filter(p -> p.category().equals("paper")).toList();
        for (Phrasing p : paper) {
            List<ExpertDescriptor> experts = PhrasingAccuracyTest.experts(p.environment());
            GatePlan plan = gate.plan(p.requirement(), PhrasingAccuracyTest.catalogue(p.environment()), experts);
            assertThat(experts.stream().map(ExpertDescriptor::id).toList()).containsAll(plan.experts());
            boolean same = new TreeSet<>(plan.objectives()).equals(p.objectives())
                    && RuleSignature.of(plan.rule()).equals(p.rule());
            agree += same ? 1 : 0;
            LOG.info("{} \"{}\" -> {} {} ({}); rationale: {}", p.environment(), p.requirement(), plan.objectives(),
                    RuleSignature.of(plan.rule()), same ? "as in the paper" : "differs from the paper", plan.rationale());
        }
        LOG.info("model {} agrees with the paper on {}/{} requirements", model.name(), agree, paper.size());
    }
}
