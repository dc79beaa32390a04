package io.github.netmoe.core;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;

/**
 * A gate's answer to one requirement: which objectives it read, which experts it selected and how
 * their evaluations combine, with the reasoning of each step. Plans are immutable values, made once
 * per requirement and used for every decision after that, so the (possibly slow, possibly remote) gate
 * stays off the per-step path.
 *
 * @param requirement the user's requirement text as given
 * @param objectives the catalogue objective (or composition) ids the requirement was read as
 * @param experts the selected expert ids; exactly the experts {@code rule} uses
 * @param rule how the experts' normalised evaluations combine
 * @param rationale why, step by step
 * @param gate which gate made the plan (e.g. {@code offline}, {@code llm:gpt-4o}, {@code manual})
 */
public record GatePlan(String requirement, List<String> objectives, List<String> experts, CombinationRule rule,
                       PlanRationale rationale, String gate) {
    /**
     * Validates and copies.
     *
     * @throws InvalidArgumentException on an empty expert selection, duplicate experts, or a rule that
     *     uses experts other than the selected ones
     */
    public GatePlan {
        Arguments.requireNonNull("requirement", requirement);
        objectives = List.copyOf(Arguments.requireNonNull("objectives", objectives));
        experts = List.copyOf(Arguments.requireNonEmpty("experts", experts));
        Arguments.requireNonNull("rule", rule);
        Arguments.requireNonNull("rationale", rationale);
        Arguments.requireNonBlank("gate", gate);
        if (new HashSet<>(experts).size() != experts.size()) {
            throw new InvalidArgumentException("experts " + experts + " must be distinct");
        }
        if (!new HashSet<>(experts).equals(new HashSet<>(rule.experts()))) {
            throw new InvalidArgumentException("selected experts " + experts + " must be exactly the experts the rule uses "
                    + rule.experts());
        }
    }

    /**
     * A plan written by hand: the selected experts are the rule's.
     *
     * @param requirement the requirement text
     * @param objectives the objective ids
     * @param rule the combination rule
     * @return the plan, attributed to the gate {@code manual}
     */
    public static GatePlan manual(String requirement, List<String> objectives, CombinationRule rule) {
        return new GatePlan(requirement, objectives, rule.experts(), rule, PlanRationale.none(), "manual");
    }

    /**
     * A stable identifier derived from the plan's content: equal plans have equal ids.
     *
     * @return the first 16 hex digits of the SHA-256 of the plan's canonical text
     */
    public String id() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
