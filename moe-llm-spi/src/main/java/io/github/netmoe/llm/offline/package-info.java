/**
 * The gate without a language model: {@link io.github.netmoe.llm.offline.OfflineGate} reads a requirement
 * against any {@link io.github.netmoe.core.ObjectiveCatalogue} with a
 * {@link io.github.netmoe.llm.offline.RequirementMatcher} (default: the lexical
 * {@link io.github.netmoe.llm.offline.LexicalMatcher}, which handles stems, typos, negations and
 * dismissals) and builds the plan from the catalogue's kinds, compositions and conditions.
 */
package io.github.netmoe.llm.offline;
